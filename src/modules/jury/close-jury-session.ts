import { type AppContext, isoNow } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { issueCertificatesOfClosedSession } from "../certificates/issue-session-certificates.ts";
import { deliberationsStillOpen, sessionChanged } from "./errors.ts";
import { assertNotLocked, assertPresidesOrManages, findSessionInScope } from "./find-session.ts";
import { listAgendaRows, updateSessionIf } from "./repository.ts";

/**
 * Closes a session once every deliberation is closed: from then on it is locked (nothing in it
 * changes; a correction is a new decision referring to the old one) and its minutes can be printed.
 * Once the closing is committed, the certificates of its awards are issued (never undoing the closing).
 */
export async function closeJurySession(
  ctx: AppContext,
  { caller, sessionId }: { caller: UserCaller; sessionId: number },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  assertPresidesOrManages(loaded);
  assertNotLocked(loaded);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const from = loaded.session.status;
    if (
      !(await updateSessionIf(trx, sessionId, [from], { status: "closed", closed_at: at, updated_at: at }))
    ) {
      throw sessionChanged();
    }
    // Read after the session row is taken: a deliberation still open cannot slip past the check.
    if ((await listAgendaRows(trx, sessionId)).some((item) => item.status === "open"))
      throw deliberationsStillOpen();
    await recordAuditEvent(trx, {
      actorUserId: caller.userId,
      action: "jury_session.close",
      entityType: "jury_session",
      entityId: sessionId,
      before: { status: from },
      after: { status: "closed" },
      occurredAt: at,
    });
  });
  await issueCertificatesOfClosedSession(ctx, sessionId);
}
