import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { hasVotes } from "./decisions-repository.ts";
import { attendanceFixed, attendanceRefused, sessionChanged } from "./errors.ts";
import { assertNotLocked, assertPresidesOrManages, findSessionInScope } from "./find-session.ts";
import { saveAttendance, updateSessionIf } from "./repository.ts";
import { checkAttendance } from "./rules.ts";
import type { AttendanceInput } from "./schemas.ts";

/**
 * Records who is present, represented (by a proxy) or absent. Entries not given keep their value;
 * the whole session's attendance is then checked. The first attendance opens the sitting
 * (planned → in_progress); once votes are cast it no longer changes, since it made the quorum.
 */
export async function recordAttendance(
  ctx: AppContext,
  { caller, sessionId, input }: { caller: ActingCaller; sessionId: number; input: AttendanceInput },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  assertPresidesOrManages(loaded);
  assertNotLocked(loaded);
  const given = new Map(input.attendance.map((a) => [a.userId, a]));
  for (const a of input.attendance) {
    if (!loaded.members.some((m) => m.userId === a.userId)) throw attendanceRefused("NOT_A_MEMBER", a.userId);
  }
  const merged = loaded.members.map((m) => {
    const a = given.get(m.userId);
    return a ? { ...m, presence: a.presence, proxyUserId: a.proxyUserId ?? null } : m;
  });
  const refusal = checkAttendance(merged);
  if (refusal) throw attendanceRefused(refusal.refusal, refusal.userId);
  if (await hasVotes(ctx.db, sessionId)) throw attendanceFixed();

  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const status = { status: "in_progress" as const, updated_at: at };
    if (!(await updateSessionIf(trx, sessionId, ["planned", "in_progress"], status))) throw sessionChanged();
    await saveAttendance(
      trx,
      sessionId,
      merged.map((m) => ({ user_id: m.userId, presence: m.presence, proxy_user_id: m.proxyUserId })),
    );
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury_session.record_attendance",
      entityType: "jury_session",
      entityId: sessionId,
      before: {
        status: loaded.session.status,
        attendance: loaded.members.map(({ userId, presence, proxyUserId }) => ({
          userId,
          presence,
          proxyUserId,
        })),
      },
      after: {
        status: "in_progress",
        attendance: merged.map(({ userId, presence, proxyUserId }) => ({ userId, presence, proxyUserId })),
      },
      occurredAt: at,
    });
  });
}
