import { type AppContext, isoNow } from "../../server/context.ts";
import { forbidden } from "../../server/errors.ts";
import { type ActingCaller, authorId, platform } from "../accounts/caller.ts";
import { getUser } from "../accounts/list-users.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { conveneMembers } from "./convene-members.ts";
import { compositionRefused, notAJuryAccount, sessionAlreadySitting, sessionChanged } from "./errors.ts";
import { assertNotLocked, findSessionInScope } from "./find-session.ts";
import { replaceMembers, updateSessionIf } from "./repository.ts";
import { checkComposition } from "./rules.ts";
import type { MembersInput } from "./schemas.ts";

/**
 * Composes a planned session: its members (jury accounts) with college, organisation and seat. The
 * whole composition is checked (president and vice-president of different colleges, the president
 * of this year's presiding college), replaced in one transaction, and every member is convened.
 */
export async function setJuryMembers(
  ctx: AppContext,
  { caller, sessionId, input }: { caller: ActingCaller; sessionId: number; input: MembersInput },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  if (!loaded.canManage) throw forbidden();
  assertNotLocked(loaded);
  if (loaded.session.status !== "planned") throw sessionAlreadySitting();
  for (const m of input.members) {
    const user = await getUser(ctx, { caller: platform, id: m.userId }).catch(() => null);
    if (user?.role !== "jury_member" || !user.isActive) throw notAJuryAccount(m.userId);
  }
  const refusal = checkComposition(input.members, loaded.presiding);
  if (refusal) throw compositionRefused(refusal);

  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateSessionIf(trx, sessionId, ["planned"], { updated_at: at }))) throw sessionChanged();
    await replaceMembers(
      trx,
      sessionId,
      input.members.map((m) => ({
        session_id: sessionId,
        user_id: m.userId,
        college: m.college,
        organisation: m.organisation,
        seat: m.seat,
        presence: null,
        proxy_user_id: null,
      })),
    );
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury_session.compose",
      entityType: "jury_session",
      entityId: sessionId,
      before: { members: loaded.members.map(({ user_id, college, seat }) => ({ user_id, college, seat })) },
      after: { members: input.members },
      occurredAt: at,
    });
    const isUpdate = loaded.members.length > 0;
    await conveneMembers(trx, { session: loaded.session, publicUrl: ctx.config.publicUrl, isUpdate }, at);
  });
  wakeOutboxSender(ctx);
}
