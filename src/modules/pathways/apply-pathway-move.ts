import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { pathwayChanged, transitionRefused } from "./errors.ts";
import { insertTransition, moveStatus } from "./repository.ts";
import { decideTransition, type PathwayEvent, type PathwayFacts, type PathwayStatus } from "./rules.ts";

export interface PathwayMove {
  pathwayId: number;
  /** The status the caller read and decided from; the write happens only if it is still the status. */
  from: PathwayStatus;
  event: PathwayEvent;
  /** What the transition table's guards look at, gathered by the calling use case. */
  facts: PathwayFacts;
  caller: ActingCaller;
  /** ISO-8601 time of the move, the same for the status, the timeline entry and the audit event. */
  at: string;
  /** What else the audit event records after the move (e.g. the jury decision that caused it). */
  auditAfter?: Record<string, unknown>;
}

/**
 * Moves a pathway on a transaction the caller opened, so that another module's write (a jury
 * decision, say) and the move are committed together or not at all. The transition table decides
 * (TRANSITION_NOT_ALLOWED or the guard's code when it refuses); the status is written only if it is
 * still `from` (PATHWAY_CHANGED otherwise), with its timeline entry and audit event. Whether this
 * caller may trigger this event on this pathway is the calling use case's check, made before.
 */
export async function applyPathwayMove(
  trx: Transaction<Database>,
  move: PathwayMove,
): Promise<PathwayStatus> {
  const decision = decideTransition(move.from, move.event, move.facts);
  if ("refusal" in decision) throw transitionRefused(decision.refusal);
  if (!(await moveStatus(trx, move.pathwayId, move.from, decision.to, move.at))) throw pathwayChanged();
  await insertTransition(trx, {
    pathway_id: move.pathwayId,
    event: move.event,
    from_status: move.from,
    to_status: decision.to,
    actor_user_id: authorId(move.caller),
    occurred_at: move.at,
  });
  await recordAuditEvent(trx, {
    actorUserId: authorId(move.caller),
    action: `pathway.${move.event}`,
    entityType: "pathway",
    entityId: move.pathwayId,
    before: { status: move.from },
    after: { ...move.auditAfter, status: decision.to },
    occurredAt: move.at,
  });
  return decision.to;
}
