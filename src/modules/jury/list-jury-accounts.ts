import type { AppContext } from "../../server/context.ts";
import type { PageQuery } from "../../server/pagination.ts";
import { listUsers } from "../accounts/list-users.ts";

/** The jury accounts a secretariat may seat in a session (names and addresses only). */
export async function listJuryAccounts(ctx: AppContext, query: PageQuery) {
  const page = await listUsers(ctx, { ...query, role: "jury_member" });
  return {
    items: page.items.map((u) => ({ userId: u.id, displayName: u.displayName, email: u.email })),
    total: page.total,
  };
}
