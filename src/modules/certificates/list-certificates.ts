import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { readAwardCount } from "../observatory/read-award-count.ts";
import { countCertificateRows, pageCertificateRows } from "./list-repository.ts";
import type { CertificateFilter, CertificateListQuery } from "./list-schemas.ts";
import { type CertificateReadScope, certificateReadScopeOf } from "./policy.ts";
import type { CertificateView } from "./schemas.ts";
import { toCertificateView } from "./views.ts";

/** Beyond this many matching certificates, a filtered list's total says "at least" (`totalIsCapped`). */
export const CERTIFICATE_COUNT_CAP = 10_000;

/**
 * A page of the certificates the caller sees (see `certificateReadScopeOf`): the national committee all of
 * them, a secretariat its branches', an employer its employees', a candidate their own. Filters by branch,
 * CQPI, status, award period and pathway; `q` searches names and numbers, ignoring case. Read page by page
 * with `after` (the number of the last certificate of the page before).
 */
export async function listCertificates(
  ctx: AppContext,
  { caller, query }: { caller: Caller; query: CertificateListQuery },
): Promise<{ items: CertificateView[]; total: number; totalIsCapped: boolean }> {
  const scope = certificateReadScopeOf(caller);
  const [rows, total] = await Promise.all([
    pageCertificateRows(ctx.db, scope, query),
    countCertificates(ctx, scope, query),
  ]);
  return { items: rows.map(toCertificateView), ...total };
}

/**
 * The total: exact from the counts kept at each award when the list is a scope's, a branch's and/or a
 * CQPI's certificates; otherwise counted up to CERTIFICATE_COUNT_CAP.
 */
async function countCertificates(ctx: AppContext, scope: CertificateReadScope, filter: CertificateFilter) {
  const { branchCode, qualificationCode, ...narrower } = filter;
  const isTallied = Object.values(narrower).every((value) => value === undefined);
  if (isTallied && (scope.kind === "all" || scope.kind === "branches")) {
    const total = await readAwardCount(ctx.db, {
      branches: scope.kind === "all" ? null : scope.branchCodes,
      branch: branchCode,
      qualification: qualificationCode,
    });
    return { total, totalIsCapped: false };
  }
  const counted = await countCertificateRows(ctx.db, scope, filter, CERTIFICATE_COUNT_CAP + 1);
  return { total: Math.min(counted, CERTIFICATE_COUNT_CAP), totalIsCapped: counted > CERTIFICATE_COUNT_CAP };
}
