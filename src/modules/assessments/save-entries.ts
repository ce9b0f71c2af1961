import type { AppContext } from "../../server/context.ts";
import { validationFailed } from "../../server/errors.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadPathwayReferential } from "../pathways/find-pathway.ts";
import { bookletSubmitted, bookletWrittenByCandidate, methodForbidden, notForMethod } from "./errors.ts";
import { findWritableAssessment, whyNotSaved } from "./find-assessment.ts";
import { mayWrite, mayWriteBooklet } from "./policy.ts";
import { reloadAssessment } from "./read-assessments.ts";
import { bumpRevision, upsertEntries } from "./repository.ts";
import { checkEntries, hasEntries, isScoredMethod } from "./rules.ts";
import type { AssessmentView, SaveEntriesInput } from "./schemas.ts";
import { auditedText, capacityCodesOf } from "./views.ts";

/**
 * Saves texts of an assessment, one per capacity: the candidate's description of their activities
 * (booklet, written by the candidate or their employer until they submit it; the evaluator judges it,
 * see save-judgements.ts), the questions and answers (questioning) or the interview notes (evaluator).
 * Capacities not given keep their text; the same revision rule as the scores applies.
 */
export async function saveEntries(
  ctx: AppContext,
  key: { caller: Caller; assessmentId: number; input: SaveEntriesInput },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findWritableAssessment(ctx, key.caller, key.assessmentId);
  if (!isScoredMethod(assessment.method)) {
    if (!mayWriteBooklet(key.caller)) throw bookletWrittenByCandidate();
    if (assessment.submitted_at) throw bookletSubmitted(assessment.submitted_at);
  } else if (!mayWrite(key.caller, pathway, assessment.method))
    throw methodForbidden(
      `Only the assigned evaluator writes the ${assessment.method} entries`,
      assessment.method,
    );
  if (!hasEntries(assessment.method))
    throw notForMethod("entries", "an observation has no entries: score its grid", assessment.method);
  const fields = checkEntries(key.input.entries, capacityCodesOf(assessment));
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  const referential = await loadPathwayReferential(ctx, pathway);
  const { capacityIds } = referential;

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await bumpRevision(trx, assessment.id, key.input.revision, { updated_at: at })))
      throw await whyNotSaved(trx, assessment.id);
    await upsertEntries(
      trx,
      assessment.id,
      key.input.entries.map((e) => ({ capacity_id: capacityIds.get(e.capacityCode)!, text: e.text })),
    );
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "assessment.save_entries",
      entityType: "assessment",
      entityId: assessment.id,
      before: { revision: key.input.revision },
      after: {
        revision: key.input.revision + 1,
        entries: key.input.entries.map((e) => ({ capacityCode: e.capacityCode, text: auditedText(e.text) })),
      },
      occurredAt: at,
    });
  });
  return reloadAssessment(ctx, assessment.id, referential);
}
