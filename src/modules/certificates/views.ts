import type { CertificateRow } from "../../db/schema.ts";
import type { CertificateView, PublicCertificateView } from "./schemas.ts";

export function toCertificateView(row: CertificateRow): CertificateView {
  return {
    number: row.number,
    pathwayId: row.pathway_id,
    holder: { givenNames: row.holder_given_names, familyName: row.holder_family_name },
    qualification: {
      code: row.qualification_code,
      title: row.qualification_title,
      referentialVersion: row.referential_version,
    },
    branch: { code: row.branch_code, name: row.branch_name },
    kind: row.kind,
    blockCodes: JSON.parse(row.block_codes_json) as string[],
    awardedOn: row.awarded_on,
    jurySessionId: row.jury_session_id,
    juryDecisionId: row.jury_decision_id,
    issuedAt: row.issued_at,
    status: row.revoked_at ? "revoked" : "valid",
    revocation: row.revoked_at ? { at: row.revoked_at, reason: row.revocation_reason ?? "" } : null,
  };
}

/** The public summary; the holder's name only when `isHolderNamed` (matching family name or QR token). */
export function toPublicCertificateView(row: CertificateRow, isHolderNamed: boolean): PublicCertificateView {
  return {
    number: row.number,
    qualification: { code: row.qualification_code, title: row.qualification_title },
    branchName: row.branch_name,
    kind: row.kind,
    blockCodes: JSON.parse(row.block_codes_json) as string[],
    awardedOn: row.awarded_on,
    status: row.revoked_at ? "revoked" : "valid",
    revokedOn: row.revoked_at?.slice(0, 10) ?? null,
    revocationReason: isHolderNamed ? row.revocation_reason : null,
    holder: isHolderNamed ? { givenNames: row.holder_given_names, familyName: row.holder_family_name } : null,
  };
}
