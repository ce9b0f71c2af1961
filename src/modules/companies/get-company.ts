import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { companyNotFound } from "./errors.ts";
import { companyScopeOf } from "./policy.ts";
import { findCompanyRow } from "./repository.ts";
import type { CompanyView } from "./schemas.ts";
import { toCompanyView } from "./views.ts";

/**
 * A company the caller may see, or undefined whether it exists or not: for other modules that refer
 * to a company (a candidate's employer, an employer's account), which report it with their own error.
 */
export async function findVisibleCompany(
  db: Kysely<Database>,
  caller: Caller,
  id: number,
): Promise<CompanyView | undefined> {
  const row = await findCompanyRow(db, companyScopeOf(caller), id);
  return row && toCompanyView(row);
}

/** One company, if the caller may see it; otherwise COMPANY_NOT_FOUND, as if it did not exist. */
export async function getCompany(
  ctx: AppContext,
  { caller, id }: { caller: Caller; id: number },
): Promise<CompanyView> {
  const company = await findVisibleCompany(ctx.db, caller, id);
  if (!company) throw companyNotFound();
  return company;
}
