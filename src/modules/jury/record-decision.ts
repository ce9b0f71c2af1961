import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { applyPathwayMove } from "../pathways/apply-pathway-move.ts";
import type { PathwayListRow } from "../pathways/find-pathway.ts";
import type { PathwayEvent, PathwayFacts, PathwayStatus } from "../pathways/rules.ts";
import { announceDecision, type DecisionRecipients } from "./announce-decision.ts";
import { insertDecision, markSuperseded } from "./decisions-repository.ts";
import { decisionSuperseded } from "./errors.ts";
import { appealDeadline, type JuryRules } from "./rules.ts";
import type { JuryDecisionKind } from "./schemas.ts";

/** The pathway move each decision makes (pathways/rules.ts). */
export const pathwayEventOf: Record<JuryDecisionKind, PathwayEvent> = {
  award: "award",
  partial_award: "award_partially",
  refusal: "refuse_award",
  deferral: "defer",
};

export interface DecisionToRecord {
  sessionId: number;
  pathway: PathwayListRow;
  /** The pathway's facts, read before the transaction (see gatherPathwayFacts). */
  facts: PathwayFacts;
  /** Who is told, read before the transaction (decisionRecipients). */
  recipients: DecisionRecipients;
  rules: JuryRules;
  decision: JuryDecisionKind;
  blockCodes: string[];
  motivation: string;
  isByDefaultRule: boolean;
  correctsDecisionId: number | null;
  appealId: number | null;
  caller: ActingCaller;
  at: string;
}

/**
 * Records a jury decision in the caller's transaction: the decision row, the pathway's move through
 * its transition table (awarded, partially awarded, not awarded, or back to ready for the jury), the
 * audit event, and the messages to the candidate, their employer and the branch secretariat; a
 * correction also marks the decision it replaces superseded (JURY_DECISION_SUPERSEDED when another
 * did first). All of it commits together or not at all. Returns the decision's id.
 */
export async function recordDecision(trx: Transaction<Database>, d: DecisionToRecord) {
  const decidedOn = d.at.slice(0, 10);
  // The replaced decision is marked first: of two concurrent corrections, the second finds it marked.
  if (d.correctsDecisionId && !(await markSuperseded(trx, d.correctsDecisionId, d.at)))
    throw decisionSuperseded();
  const id = await insertDecision(trx, {
    session_id: d.sessionId,
    pathway_id: d.pathway.id,
    decision: d.decision,
    block_codes_json: JSON.stringify(d.blockCodes),
    motivation: d.motivation,
    is_by_default_rule: d.isByDefaultRule ? 1 : 0,
    decided_on: decidedOn,
    decided_at: d.at,
    decided_by_user_id: authorId(d.caller),
    corrects_decision_id: d.correctsDecisionId,
    appeal_id: d.appealId,
  });
  const after = { decisionId: id, sessionId: d.sessionId, decision: d.decision, blockCodes: d.blockCodes };
  await applyPathwayMove(trx, {
    pathwayId: d.pathway.id,
    from: d.pathway.status as PathwayStatus,
    event: pathwayEventOf[d.decision],
    facts: { ...d.facts, isJuryDecision: true },
    caller: d.caller,
    at: d.at,
    auditAfter: after,
  });
  await recordAuditEvent(trx, {
    actorUserId: authorId(d.caller),
    action: d.correctsDecisionId ? "jury.correct_decision" : "jury.decide",
    entityType: "jury_decision",
    entityId: id,
    after: {
      ...after,
      pathwayId: d.pathway.id,
      motivation: d.motivation,
      correctsDecisionId: d.correctsDecisionId,
      appealId: d.appealId,
    },
    occurredAt: d.at,
  });
  await announceDecision(
    trx,
    d.recipients,
    {
      qualificationTitle: d.pathway.qualification_title,
      decision: d.decision,
      blockCodes: d.blockCodes,
      motivation: d.motivation,
      decidedOn,
      appealUntil: d.decision === "deferral" ? null : appealDeadline(decidedOn, d.rules.appealDelayMonths),
    },
    d.at,
  );
  return id;
}
