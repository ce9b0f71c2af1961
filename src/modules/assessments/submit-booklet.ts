import type { AppContext } from "../../server/context.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadPathwayReferential } from "../pathways/find-pathway.ts";
import { assessmentIncomplete, bookletSubmitted, bookletWrittenByCandidate, notForMethod } from "./errors.ts";
import { findWritableAssessment, whyNotSaved } from "./find-assessment.ts";
import { mayWriteBooklet } from "./policy.ts";
import { reloadAssessment } from "./read-assessments.ts";
import { bumpRevision, listEntryRows } from "./repository.ts";
import { coveredCapacities, isScoredMethod, missingBeforeSubmit } from "./rules.ts";
import type { AssessmentView, SubmitBookletInput } from "./schemas.ts";
import { capacityCodesOf } from "./views.ts";

/**
 * The candidate (or their employer) hands the booklet to the evaluator: every covered capacity must be
 * described (ASSESSMENT_INCOMPLETE lists those that are not). From then on its descriptions no longer
 * change and the evaluator judges each capacity. Conditional on the revision the candidate last saw,
 * so a description saved in between is not submitted unread.
 */
export async function submitBooklet(
  ctx: AppContext,
  key: { caller: Caller; assessmentId: number; input: SubmitBookletInput },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findWritableAssessment(ctx, key.caller, key.assessmentId);
  if (isScoredMethod(assessment.method))
    throw notForMethod("entries", "only a booklet is submitted", assessment.method);
  if (!mayWriteBooklet(key.caller)) throw bookletWrittenByCandidate();
  if (assessment.submitted_at) throw bookletSubmitted(assessment.submitted_at);
  const [referential, entries] = await Promise.all([
    loadPathwayReferential(ctx, pathway),
    listEntryRows(ctx.db, [assessment.id]),
  ]);
  const capacities = coveredCapacities(referential.blocks, capacityCodesOf(assessment)).map(
    (c) => c.capacity,
  );
  const missing = missingBeforeSubmit(capacities, new Set(entries.map((e) => e.capacity_code)));
  if (Object.keys(missing).length > 0) throw assessmentIncomplete(missing);

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await bumpRevision(trx, assessment.id, key.input.revision, { updated_at: at, submitted_at: at })))
      throw await whyNotSaved(trx, assessment.id);
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "assessment.submit",
      entityType: "assessment",
      entityId: assessment.id,
      before: { revision: key.input.revision, submittedAt: null },
      after: { revision: key.input.revision + 1, submittedAt: at },
      occurredAt: at,
    });
  });
  return reloadAssessment(ctx, assessment.id, referential);
}
