import type { AppContext } from "../../server/context.ts";
import { validationFailed } from "../../server/errors.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadPathwayReferential } from "../pathways/find-pathway.ts";
import { bookletJudgedByEvaluator, bookletNotSubmitted, notForMethod } from "./errors.ts";
import { findWritableAssessment, whyNotSaved } from "./find-assessment.ts";
import { mayScore } from "./policy.ts";
import { reloadAssessment } from "./read-assessments.ts";
import { bumpRevision, upsertJudgements } from "./repository.ts";
import { checkEntries, isScoredMethod } from "./rules.ts";
import type { AssessmentView, SaveJudgementsInput } from "./schemas.ts";
import { auditedText, capacityCodesOf } from "./views.ts";

/**
 * The evaluator's reading of a submitted booklet: per capacity, acquired, partially or not acquired,
 * with a comment. Once the booklet is closed, each judgement counts in the gap analysis as the score of
 * every criterion of its capacity. Only the assigned evaluator (or the national committee) judges; the
 * candidate's descriptions are never changed here. Same revision rule as the grids.
 */
export async function saveJudgements(
  ctx: AppContext,
  key: { caller: Caller; assessmentId: number; input: SaveJudgementsInput },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findWritableAssessment(ctx, key.caller, key.assessmentId);
  if (isScoredMethod(assessment.method))
    throw notForMethod(
      "judgements",
      "only a booklet is judged per capacity: score its grid",
      assessment.method,
    );
  if (!mayScore(key.caller, pathway)) throw bookletJudgedByEvaluator();
  if (!assessment.submitted_at) throw bookletNotSubmitted();
  const fields = checkEntries(key.input.judgements, capacityCodesOf(assessment), "judgements");
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  const referential = await loadPathwayReferential(ctx, pathway);

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await bumpRevision(trx, assessment.id, key.input.revision, { updated_at: at })))
      throw await whyNotSaved(trx, assessment.id);
    await upsertJudgements(
      trx,
      assessment.id,
      key.input.judgements.map((j) => ({
        capacity_id: referential.capacityIds.get(j.capacityCode)!,
        judgement: j.judgement,
        comment: j.comment,
      })),
    );
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "assessment.save_judgements",
      entityType: "assessment",
      entityId: assessment.id,
      before: { revision: key.input.revision },
      after: {
        revision: key.input.revision + 1,
        judgements: key.input.judgements.map((j) => ({
          capacityCode: j.capacityCode,
          judgement: j.judgement,
          comment: auditedText(j.comment),
        })),
      },
      occurredAt: at,
    });
  });
  return reloadAssessment(ctx, assessment.id, referential);
}
