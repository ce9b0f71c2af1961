import type { AppContext } from "../../server/context.ts";
import type { Page, PageQuery } from "../../server/pagination.ts";
import type { Caller } from "../accounts/caller.ts";
import { companyScopeOf } from "./policy.ts";
import { listCompanyRows } from "./repository.ts";
import type { CompanyView } from "./schemas.ts";
import { toCompanyView } from "./views.ts";

/** The companies the caller may see (all, their branches' or their own), filtered by name or SIRET. */
export async function listCompanies(
  ctx: AppContext,
  { caller, query }: { caller: Caller; query: PageQuery },
): Promise<Page<CompanyView>> {
  const page = await listCompanyRows(ctx.db, companyScopeOf(caller), query);
  return { items: page.items.map(toCompanyView), total: page.total };
}
