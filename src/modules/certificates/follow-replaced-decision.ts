import type { AppContext } from "../../server/context.ts";
import { AppError } from "../../server/errors.ts";
import type { ActingCaller } from "../accounts/caller.ts";
import { issueCertificatesOfClosedSession } from "./issue-session-certificates.ts";
import { findCertificateRow } from "./repository.ts";
import { revokeCertificate } from "./revoke-certificate.ts";

/** The reason a replaced award's certificate states when it is revoked. */
export const REPLACED_DECISION_REASON =
  "Décision du jury remplacée (correction ou recours accueilli) : ce certificat n'est plus en vigueur.";

/**
 * A closed session's decision was replaced (a correction, an upheld appeal): after that commit, the
 * certificate of the replaced award is revoked by whoever replaced it — every verification then says
 * so — and the award now in force, if it is one, gets its certificate. Issuing is idempotent and never
 * throws (a failure waits in the session's retries); revoking a certificate already revoked is no error.
 */
export async function followReplacedDecision(
  ctx: AppContext,
  replaced: { caller: ActingCaller; decisionId: number; sessionId: number },
): Promise<void> {
  const certificate = await findCertificateRow(ctx.db, { juryDecisionId: replaced.decisionId });
  if (certificate && certificate.revoked_at === null) {
    await revokeCertificate(ctx, {
      caller: replaced.caller,
      number: certificate.number,
      reason: REPLACED_DECISION_REASON,
    }).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === "CERTIFICATE_ALREADY_REVOKED")) throw error;
    });
  }
  await issueCertificatesOfClosedSession(ctx, replaced.sessionId);
}
