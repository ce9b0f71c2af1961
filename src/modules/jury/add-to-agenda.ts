import { isUniqueViolation } from "../../db/dialect.ts";
import { type AppContext, isoNow } from "../../server/context.ts";
import { forbidden } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { conveneMembers } from "./convene-members.ts";
import {
  pathwayNotReadyForJury,
  pathwayOfAnotherBranch,
  pathwayOnAnotherAgenda,
  sessionChanged,
} from "./errors.ts";
import { assertNotLocked, findSessionInScope } from "./find-session.ts";
import {
  insertAgendaItems,
  pathwaysForAgenda,
  pathwaysOnOpenAgendas,
  updateSessionIf,
} from "./repository.ts";

/**
 * Puts pathways ready for the jury, of the session's branch, on its agenda. A pathway is on one open
 * session at a time: the database's partial unique index holds that even against a concurrent
 * agenda of another session. Members already convened are told the new number of candidates.
 */
export async function addToAgenda(
  ctx: AppContext,
  { caller, sessionId, pathwayIds }: { caller: ActingCaller; sessionId: number; pathwayIds: number[] },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  if (!loaded.canManage) throw forbidden();
  assertNotLocked(loaded);
  const ids = [...new Set(pathwayIds)];
  const rows = new Map((await pathwaysForAgenda(ctx.db, ids)).map((p) => [p.id, p]));
  const taken = await pathwaysOnOpenAgendas(ctx.db, ids);
  for (const id of ids) {
    const pathway = rows.get(id);
    if (pathway && pathway.branch_id !== loaded.session.branch_id) throw pathwayOfAnotherBranch(id);
    if (pathway?.status !== "ready_for_jury") throw pathwayNotReadyForJury(id);
    if (taken.has(id)) throw pathwayOnAnotherAgenda(id);
  }
  const at = isoNow(ctx);
  const { session } = loaded;
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      if (!(await updateSessionIf(trx, sessionId, ["planned", "in_progress"], { updated_at: at }))) {
        throw sessionChanged();
      }
      await insertAgendaItems(trx, sessionId, ids, at);
      await recordAuditEvent(trx, {
        actorUserId: authorId(caller),
        action: "jury_session.add_to_agenda",
        entityType: "jury_session",
        entityId: sessionId,
        after: { pathwayIds: ids },
        occurredAt: at,
      });
      if (session.status !== "planned") return;
      await conveneMembers(trx, { session, publicUrl: ctx.config.publicUrl, isUpdate: true }, at);
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw pathwayOnAnotherAgenda(ids[0]!);
      throw error;
    });
  wakeOutboxSender(ctx);
}
