import type { AppContext } from "../../server/context.ts";
import { validationFailed } from "../../server/errors.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadPathwayReferential } from "../pathways/find-pathway.ts";
import { criterionKey } from "../pathways/gap-analysis.ts";
import { notAssignedEvaluator, notForMethod } from "./errors.ts";
import { findWritableAssessment, whyNotSaved } from "./find-assessment.ts";
import { mayScore } from "./policy.ts";
import { reloadAssessment } from "./read-assessments.ts";
import { bumpRevision, listScoreRows, upsertScores } from "./repository.ts";
import { checkScores, isScoredMethod } from "./rules.ts";
import type { AssessmentView, SaveScoresInput } from "./schemas.ts";
import { auditedText, capacityCodesOf } from "./views.ts";

/**
 * Saves scores of an assessment's grid (the evaluator on the shop floor, criterion by criterion):
 * the criteria given are upserted, the others keep their score. The caller sends the revision it
 * started from; if someone saved in between, nothing is written (REVISION_CONFLICT).
 */
export async function saveScores(
  ctx: AppContext,
  key: { caller: Caller; assessmentId: number; input: SaveScoresInput },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findWritableAssessment(ctx, key.caller, key.assessmentId);
  if (!mayScore(key.caller, pathway)) throw notAssignedEvaluator();
  if (!isScoredMethod(assessment.method))
    throw notForMethod("scores", "a booklet is not scored", assessment.method);
  const referential = await loadPathwayReferential(ctx, pathway);
  const fields = checkScores(key.input.scores, {
    criterionKeys: new Set(referential.criterionIds.keys()),
    covered: capacityCodesOf(assessment),
  });
  if (Object.keys(fields).length > 0) throw validationFailed(fields);

  const scores = key.input.scores.map((s) => ({
    key: criterionKey(s.capacityCode, s.criterionCode),
    criterion_id: referential.criterionIds.get(criterionKey(s.capacityCode, s.criterionCode))!,
    score: s.score,
    comment: s.comment,
  }));
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await bumpRevision(trx, assessment.id, key.input.revision, { updated_at: at })))
      throw await whyNotSaved(trx, assessment.id);
    const keys = new Set(scores.map((s) => s.key));
    const before = (await listScoreRows(trx, [assessment.id]))
      .filter((s) => keys.has(criterionKey(s.capacity_code, s.criterion_code)))
      .map((s) => ({
        criterion: criterionKey(s.capacity_code, s.criterion_code),
        score: s.score,
        comment: auditedText(s.comment),
      }));
    await upsertScores(
      trx,
      assessment.id,
      scores.map(({ criterion_id, score, comment }) => ({ criterion_id, score, comment })),
    );
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "assessment.save_scores",
      entityType: "assessment",
      entityId: assessment.id,
      before: { revision: key.input.revision, scores: before },
      after: {
        revision: key.input.revision + 1,
        scores: scores.map((s) => ({ criterion: s.key, score: s.score, comment: auditedText(s.comment) })),
      },
      occurredAt: at,
    });
  });
  return reloadAssessment(ctx, assessment.id, referential);
}
