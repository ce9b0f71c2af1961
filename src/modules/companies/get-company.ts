import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { companyNotFound } from "./errors.ts";
import { companyScopeOf } from "./policy.ts";
import { findCompanyRow } from "./repository.ts";
import type { CompanyView } from "./schemas.ts";
import { toCompanyView } from "./views.ts";

/** One company, if the caller may see it; otherwise COMPANY_NOT_FOUND, as if it did not exist. */
export async function getCompany(
  ctx: AppContext,
  { caller, id }: { caller: Caller; id: number },
): Promise<CompanyView> {
  const row = await findCompanyRow(ctx.db, companyScopeOf(caller), id);
  if (!row) throw companyNotFound();
  return toCompanyView(row);
}
