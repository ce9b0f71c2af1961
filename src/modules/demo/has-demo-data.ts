import type { AppContext } from "../../server/context.ts";
import { findAccountByEmail } from "../accounts/find-account.ts";
import { demoAccounts } from "./demo-accounts.ts";

/** Whether the demo accounts (whose password is public) exist in this database. */
export async function hasDemoData(ctx: AppContext): Promise<boolean> {
  return (await findAccountByEmail(ctx.db, demoAccounts[0]!.email)) !== undefined;
}
