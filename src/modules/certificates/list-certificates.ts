import type { AppContext } from "../../server/context.ts";
import type { Page } from "../../server/pagination.ts";
import type { Caller } from "../accounts/caller.ts";
import { pageCertificateRows } from "./list-repository.ts";
import type { CertificateListQuery } from "./list-schemas.ts";
import { certificateReadScopeOf } from "./policy.ts";
import type { CertificateView } from "./schemas.ts";
import { toCertificateView } from "./views.ts";

/**
 * A page of the certificates the caller sees (see `certificateReadScopeOf`): the national committee all of
 * them, a secretariat its branches', an employer its employees', a candidate their own. Filters by branch,
 * CQPI, status, award period and pathway; `q` searches names and numbers, ignoring case.
 */
export async function listCertificates(
  ctx: AppContext,
  { caller, query }: { caller: Caller; query: CertificateListQuery },
): Promise<Page<CertificateView>> {
  const page = await pageCertificateRows(ctx.db, certificateReadScopeOf(caller), query);
  return { items: page.items.map(toCertificateView), total: page.total };
}
