import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { fieldError, validationFailedOn } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findQualificationOrThrow, findVersion } from "../referentials/find-version.ts";
import { applyAdhesionDecision } from "./apply-adhesion-decision.ts";
import {
  adhesionRefused,
  adhesionRequestNotFound,
  decisionNotForThisBody,
  decisionSubjectRequired,
  notInLibrary,
  notYourBody,
} from "./errors.ts";
import { keepsRecordsOf } from "./policy.ts";
import { findBodyOrThrow, readDecisions } from "./read-bodies.ts";
import { attachDocuments, findAdhesion, insertDecision, versionsInBodyLibrary } from "./repository.ts";
import { decisionOutcome, decisionSubjects, mayDecide } from "./rules.ts";
import type { DecisionView, RecordDecisionInput } from "./schemas.ts";

/**
 * Records a decision in a body's register: its kind and subject (a CQPI, a referential version, an
 * adhesion request), its date, the votes of each college, and the versions of the body's documents it
 * rests on. The outcome follows from the votes (rules.ts `decisionOutcome`). A decision on an adhesion
 * request, taken by the national committee, accepts or refuses it in the same transaction.
 */
export async function recordDecision(
  ctx: AppContext,
  key: { caller: ActingCaller; bodyId: number; input: RecordDecisionInput },
): Promise<DecisionView> {
  const { input } = key;
  const body = await findBodyOrThrow(ctx, key.bodyId);
  if (!keepsRecordsOf(key.caller, body)) throw notYourBody();
  if (!mayDecide(body.kind, input.kind)) throw decisionNotForThisBody(input.kind, body.kind);
  for (const field of decisionSubjects[input.kind])
    if (input[field] === null) throw decisionSubjectRequired(field, input.kind);

  if (input.version !== null && input.qualificationCode === null)
    throw decisionSubjectRequired("qualificationCode", input.kind);
  const qualification =
    input.qualificationCode && (await findQualificationOrThrow(ctx, input.qualificationCode));
  if (qualification && input.version !== null)
    await findVersion(ctx, { ...key, code: qualification.code, version: input.version, mayReadDrafts: true });
  const adhesion =
    input.adhesionRequestId === null ? null : await findAdhesion(ctx.db, input.adhesionRequestId);
  if (input.adhesionRequestId !== null && !adhesion) throw adhesionRequestNotFound();
  if (adhesion?.opinion_on && input.decidedOn < adhesion.opinion_on)
    throw validationFailedOn(
      "decidedOn",
      fieldError("BEFORE_OTHER_DATE", "decidedOn: before the paritaire opinion", {
        other: "opinion.givenOn",
      }),
    );
  const attached = await versionsInBodyLibrary(ctx.db, body.id, input.documentVersionIds);
  const inLibrary = new Set(attached.map((a) => a.id));
  const missing = input.documentVersionIds.findIndex((id) => !inLibrary.has(id));
  if (missing >= 0) throw notInLibrary(`documentVersionIds.${missing}`);

  const outcome = decisionOutcome(input.votes);
  const at = ctx.clock.now().toISOString();
  const { employer, employee } = input.votes;
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const { id } = await insertDecision(trx, {
        body_id: body.id,
        kind: input.kind,
        decided_on: input.decidedOn,
        title: input.title,
        qualification_id: qualification ? qualification.id : null,
        referential_version: input.version,
        adhesion_request_id: adhesion?.id ?? null,
        employer_for: employer.for,
        employer_against: employer.against,
        employer_abstain: employer.abstain,
        employee_for: employee.for,
        employee_against: employee.against,
        employee_abstain: employee.abstain,
        outcome,
        recorded_by_user_id: authorId(key.caller),
        created_at: at,
      });
      await attachDocuments(trx, id, [...new Set(input.documentVersionIds)]);
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "body.record_decision",
        entityType: "body_decision",
        entityId: id,
        after: { bodyId: body.id, ...input, outcome },
        occurredAt: at,
      });
      if (adhesion)
        await applyAdhesionDecision(trx, {
          adhesion,
          decisionId: id,
          decidedOn: input.decidedOn,
          outcome,
          caller: key.caller,
          at,
        });
      return id;
    })
    .catch((error: unknown) => {
      // Two decisions on one adhesion request: its unique index lets the first one only.
      if (adhesion && isUniqueViolation(error)) throw adhesionRefused("ADHESION_NOT_AWAITING_DECISION");
      throw error;
    });
  const decisions = await readDecisions(ctx, body.id);
  return decisions.find((d) => d.id === id)!;
}
