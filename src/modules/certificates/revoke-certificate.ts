import { type AppContext, isoNow } from "../../server/context.ts";
import { forbidden } from "../../server/errors.ts";
import { type ActingCaller, authorId, managesBranch } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { certificateAlreadyRevoked } from "./errors.ts";
import { findCertificateOrThrow } from "./find-certificate.ts";
import { publishStatusList } from "./publish-status-list.ts";
import { findCertificateRow, revokeCertificateRow } from "./repository.ts";
import type { CertificateView } from "./schemas.ts";
import { loadSigningKey } from "./signing-key.ts";
import { toCertificateView } from "./views.ts";

/**
 * Revokes a certificate, with the reason, by the national committee or the branch's secretariat. In the
 * same transaction as the revocation and its audit event, the status list is signed again, so that from
 * the commit on every verification, ours or a third party's, says revoked. A revocation is final.
 */
export async function revokeCertificate(
  ctx: AppContext,
  key: { caller: ActingCaller; number: string; reason: string },
): Promise<CertificateView> {
  const row = await findCertificateOrThrow(ctx, key.number);
  if (!managesBranch(key.caller, row.branch_code))
    throw forbidden("Only the national committee or this branch's secretariat may revoke it");
  if (row.revoked_at) throw certificateAlreadyRevoked();
  const signingKey = await loadSigningKey(ctx);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const revocation = { at, byUserId: authorId(key.caller), reason: key.reason };
    if (!(await revokeCertificateRow(trx, row.id, revocation))) throw certificateAlreadyRevoked();
    await publishStatusList(trx, ctx.config, { statusListId: row.status_list_id, key: signingKey, at });
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "certificate.revoke",
      entityType: "certificate",
      entityId: row.number,
      before: { status: "valid" },
      after: { status: "revoked", reason: key.reason },
      occurredAt: at,
    });
  });
  return toCertificateView((await findCertificateRow(ctx.db, { number: row.number })) ?? row);
}
