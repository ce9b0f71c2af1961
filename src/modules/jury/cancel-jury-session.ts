import { type AppContext, isoNow } from "../../server/context.ts";
import { forbidden } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { enqueueMessages } from "../notifications/enqueue-messages.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { hasVotes } from "./decisions-repository.ts";
import { sessionChanged, sessionHasDeliberated } from "./errors.ts";
import { assertNotLocked, findSessionInScope } from "./find-session.ts";
import { releaseAgenda, updateSessionIf } from "./repository.ts";

/**
 * Cancels a session that has not deliberated (no vote cast): its agenda is released, so each
 * pathway, still ready for the jury, may go on a later session; the members are told.
 */
export async function cancelJurySession(
  ctx: AppContext,
  { caller, sessionId }: { caller: ActingCaller; sessionId: number },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  if (!loaded.canManage) throw forbidden();
  assertNotLocked(loaded);
  if (await hasVotes(ctx.db, sessionId)) throw sessionHasDeliberated();
  const at = isoNow(ctx);
  const { session } = loaded;
  await ctx.db.transaction().execute(async (trx) => {
    const from = loaded.session.status;
    if (!(await updateSessionIf(trx, sessionId, [from], { status: "cancelled", updated_at: at }))) {
      throw sessionChanged();
    }
    // A vote that slipped in after the check above keeps the session: it has deliberated.
    if (await hasVotes(trx, sessionId)) throw sessionHasDeliberated();
    const freed = await releaseAgenda(trx, sessionId, at);
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury_session.cancel",
      entityType: "jury_session",
      entityId: sessionId,
      before: { status: from },
      after: { status: "cancelled", releasedPathwayIds: freed },
      occurredAt: at,
    });
    await enqueueMessages(
      trx,
      loaded.members.map((m) => ({
        kind: "jury.cancelled",
        recipient: m.email,
        subject: `Annulation du jury paritaire CPNE ${session.branch_name} du ${session.sitting_on}`,
        text: `Bonjour ${m.display_name},\n\nLa session du jury paritaire de la CPNE ${session.branch_name} prévue le ${session.sitting_on} est annulée.`,
      })),
      at,
    );
  });
  wakeOutboxSender(ctx);
}
