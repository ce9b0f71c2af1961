import { type AppContext, isoNow } from "../../server/context.ts";
import { forbidden } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { conveneMembers } from "./convene-members.ts";
import { compositionRefused, placeRequired, sessionAlreadySitting, sessionChanged } from "./errors.ts";
import { assertNotLocked, findSessionInScope } from "./find-session.ts";
import { updateSessionIf } from "./repository.ts";
import { checkComposition, presidingCollege } from "./rules.ts";
import type { RescheduleJurySessionInput } from "./schemas.ts";

/** Changes the date, place or video link of a planned session; the members are convened again. */
export async function rescheduleJurySession(
  ctx: AppContext,
  {
    caller,
    sessionId,
    input,
  }: { caller: ActingCaller; sessionId: number; input: RescheduleJurySessionInput },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  if (!loaded.canManage) throw forbidden();
  assertNotLocked(loaded);
  const { session } = loaded;
  if (session.status !== "planned") throw sessionAlreadySitting();
  const next = {
    sitting_on: input.sittingOn ?? session.sitting_on,
    place: input.place === undefined ? session.place : input.place,
    video_link: input.videoLink === undefined ? session.video_link : input.videoLink,
  };
  if (!next.place && !next.video_link) throw placeRequired();
  // Moving the date to another year may hand the presidency to the other college.
  const refusal = loaded.members.length
    ? checkComposition(loaded.members, presidingCollege(loaded.rules, next.sitting_on))
    : null;
  if (refusal) throw compositionRefused(refusal);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateSessionIf(trx, sessionId, ["planned"], { ...next, updated_at: at })))
      throw sessionChanged();
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury_session.reschedule",
      entityType: "jury_session",
      entityId: sessionId,
      before: { sitting_on: session.sitting_on, place: session.place, video_link: session.video_link },
      after: next,
      occurredAt: at,
    });
    const moved = { ...session, ...next };
    await conveneMembers(trx, { session: moved, publicUrl: ctx.config.publicUrl, isUpdate: true }, at);
  });
  wakeOutboxSender(ctx);
}
