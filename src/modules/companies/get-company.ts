import type { AppContext } from "../../server/context.ts";
import type { Actor } from "../accounts/roles.ts";
import { companyNotFound } from "./errors.ts";
import { companyScopeOf } from "./policy.ts";
import { findCompanyRow } from "./repository.ts";
import type { CompanyView } from "./schemas.ts";
import { toCompanyView } from "./views.ts";

/** One company, if the caller may see it; otherwise COMPANY_NOT_FOUND, as if it did not exist. */
export async function getCompany(
  ctx: AppContext,
  { actor, id }: { actor: Actor; id: number },
): Promise<CompanyView> {
  const row = await findCompanyRow(ctx.db, companyScopeOf(actor), id);
  if (!row) throw companyNotFound();
  return toCompanyView(row);
}
