import type { AppContext } from "../../server/context.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadPathwayReferential } from "../pathways/find-pathway.ts";
import { criterionKey } from "../pathways/gap-analysis.ts";
import { assessmentIncomplete, bookletNotSubmitted, notAssignedEvaluator } from "./errors.ts";
import { findWritableAssessment, whyNotSaved } from "./find-assessment.ts";
import { mayScore } from "./policy.ts";
import { reloadAssessment } from "./read-assessments.ts";
import { bumpRevision, listEntryRows, listJudgementRows, listScoreRows } from "./repository.ts";
import { coveredCapacities, isScoredMethod, missingBeforeClose } from "./rules.ts";
import type { AssessmentView } from "./schemas.ts";
import { capacityCodesOf } from "./views.ts";

/**
 * Closes an assessment (the assigned evaluator's decision): from then on its scores count in the gap
 * analysis and it is read-only. Refused while a criterion of a covered capacity is unscored, or for a
 * booklet before the candidate submitted it and while a covered capacity is not judged. A save made since the completeness check was
 * read makes the close fail (REVISION_CONFLICT) rather than close on a grid nobody checked.
 */
export async function closeAssessment(
  ctx: AppContext,
  key: { caller: Caller; assessmentId: number },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findWritableAssessment(ctx, key.caller, key.assessmentId);
  if (!mayScore(key.caller, pathway)) throw notAssignedEvaluator();
  if (!isScoredMethod(assessment.method) && !assessment.submitted_at) throw bookletNotSubmitted();
  const [referential, scores, entries, judgements] = await Promise.all([
    loadPathwayReferential(ctx, pathway),
    listScoreRows(ctx.db, [assessment.id]),
    listEntryRows(ctx.db, [assessment.id]),
    listJudgementRows(ctx.db, [assessment.id]),
  ]);
  const capacities = coveredCapacities(referential.blocks, capacityCodesOf(assessment)).map(
    (c) => c.capacity,
  );
  const missing = missingBeforeClose(assessment.method, capacities, {
    scoredKeys: new Set(scores.map((s) => criterionKey(s.capacity_code, s.criterion_code))),
    describedCapacities: new Set(entries.map((e) => e.capacity_code)),
    judgedCapacities: new Set(judgements.map((j) => j.capacity_code)),
  });
  if (Object.keys(missing).length > 0) throw assessmentIncomplete(missing);

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const changes = { updated_at: at, status: "closed" as const, closed_at: at };
    if (!(await bumpRevision(trx, assessment.id, assessment.revision, changes)))
      throw await whyNotSaved(trx, assessment.id);
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "assessment.close",
      entityType: "assessment",
      entityId: assessment.id,
      before: { status: "open", revision: assessment.revision },
      after: { status: "closed", revision: assessment.revision + 1 },
      occurredAt: at,
    });
  });
  return reloadAssessment(ctx, assessment.id, referential);
}
