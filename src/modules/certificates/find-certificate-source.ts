import type { AppContext } from "../../server/context.ts";
import { findCertificateRow } from "./repository.ts";
import { isWellFormedCertificateNumber } from "./rules.ts";

/** A certificate as a pathway that carries capacities over from it names its source. */
export interface CertificateSource {
  number: string;
  /** The pathway it was awarded on (whose candidate holds it). */
  pathwayId: number;
  qualificationCode: string;
  referentialVersion: number;
  branchCode: string;
  kind: "full" | "partial";
  awardedOn: string;
  isRevoked: boolean;
}

/**
 * A certificate by number as the pathways module needs it to open a pathway from it and to show, on the
 * pathway's bilan and to its jury, where carried-over capacities come from and whether the certificate
 * has been revoked since. Unscoped: the caller has been checked to reach the candidate or the pathway.
 */
export async function findCertificateSource(
  ctx: AppContext,
  number: string,
): Promise<CertificateSource | undefined> {
  const row = isWellFormedCertificateNumber(number)
    ? await findCertificateRow(ctx.db, { number })
    : undefined;
  if (!row) return undefined;
  return {
    number: row.number,
    pathwayId: row.pathway_id,
    qualificationCode: row.qualification_code,
    referentialVersion: row.referential_version,
    branchCode: row.branch_code,
    kind: row.kind,
    awardedOn: row.awarded_on,
    isRevoked: row.revoked_at !== null,
  };
}
