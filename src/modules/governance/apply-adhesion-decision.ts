import type { Selectable, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { CharterAdhesionTable } from "../../db/schema-governance.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { applyCharterAdhesion } from "../catalogue/apply-charter-adhesion.ts";
import { adhesionRefused } from "./errors.ts";
import { moveAdhesion } from "./repository.ts";
import { type DecisionOutcome, nextAdhesionStatus } from "./rules.ts";
import { toAdhesionView } from "./views.ts";

/**
 * Applies the national committee's decision to an adhesion request, on the decision's transaction:
 * the request is accepted (and the branch's adhesion date becomes the decision's date in the
 * catalogue) or refused. The write is conditional on the status read; a request decided meanwhile
 * refuses the whole decision.
 */
export async function applyAdhesionDecision(
  trx: Transaction<Database>,
  decision: {
    adhesion: Selectable<CharterAdhesionTable> & { branch_code: string };
    decisionId: number;
    decidedOn: string;
    outcome: DecisionOutcome;
    caller: ActingCaller;
    at: string;
  },
) {
  const { adhesion } = decision;
  const opinion =
    adhesion.employer_opinion && adhesion.employee_opinion
      ? { employer: adhesion.employer_opinion, employee: adhesion.employee_opinion }
      : null;
  const next = nextAdhesionStatus(adhesion.status, { kind: "decide", outcome: decision.outcome }, opinion);
  if ("refusal" in next) throw adhesionRefused(next.refusal);
  const changes = {
    status: next.to,
    decision_id: decision.decisionId,
    decided_on: decision.decidedOn,
    updated_at: decision.at,
  };
  if (!(await moveAdhesion(trx, adhesion.id, adhesion.status, changes)))
    throw adhesionRefused("ADHESION_NOT_AWAITING_DECISION");
  await recordAuditEvent(trx, {
    actorUserId: authorId(decision.caller),
    action: next.to === "accepted" ? "adhesion.accept" : "adhesion.refuse",
    entityType: "charter_adhesion",
    entityId: adhesion.id,
    before: toAdhesionView(adhesion, adhesion.branch_code),
    after: toAdhesionView({ ...adhesion, ...changes }, adhesion.branch_code),
    occurredAt: decision.at,
  });
  if (next.to === "accepted")
    await applyCharterAdhesion(trx, {
      branch: { id: adhesion.branch_id, code: adhesion.branch_code },
      adheredOn: decision.decidedOn,
      caller: decision.caller,
      at: decision.at,
    });
}
