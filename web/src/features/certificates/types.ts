/**
 * Certificates as the API sends them (`/api/certificates…`, `/api/verify`): inferred from the server's zod
 * schemas, the contract.
 */
import type { z } from "zod";
import type {
  certificateList,
  certificateListQuery,
} from "../../../../src/modules/certificates/list-schemas.ts";
import type {
  CertificateView,
  certificateStatus,
  PublicCertificateView,
  verificationResult,
} from "../../../../src/modules/certificates/schemas.ts";

export type { CertificateView, PublicCertificateView };
export type CertificateList = z.infer<typeof certificateList>;
/** The query as the address keeps it: every filter as text ("" for none). */
export type CertificateListQuery = Partial<Record<keyof z.input<typeof certificateListQuery>, string>>;
export type CertificateStatus = z.infer<typeof certificateStatus>;
export type VerificationResult = z.infer<typeof verificationResult>;
export type Verdict = VerificationResult["verdict"];

export const certificateStatuses = ["valid", "revoked"] as const satisfies readonly CertificateStatus[];
