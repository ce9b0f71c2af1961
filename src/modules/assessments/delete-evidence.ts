import type { AppContext } from "../../server/context.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findVisiblePathway } from "../pathways/find-pathway.ts";
import { assessmentClosed, bookletSubmitted, evidenceNotFound, evidenceNotUploader } from "./errors.ts";
import { discardFile, evidencePath } from "./evidence-store.ts";
import { findWritableAssessment } from "./find-assessment.ts";
import { mayDeleteEvidence } from "./policy.ts";
import { deleteEvidenceRowOfOpenAssessment, findAssessmentRow, findEvidenceRow } from "./repository.ts";

/**
 * The candidate takes back an evidence file they uploaded, while its assessment is open (and its
 * pathway still in that sitting). Anyone else is refused (EVIDENCE_NOT_UPLOADER), a closed assessment
 * keeps its files (ASSESSMENT_CLOSED), and so does a submitted booklet, which the evaluator is reading
 * (BOOKLET_SUBMITTED). The record goes with its audit event in one transaction, conditional on the
 * assessment being still open and unsubmitted; the stored file is removed once that is committed.
 */
export async function deleteEvidence(
  ctx: AppContext,
  { caller, evidenceId }: { caller: Caller; evidenceId: number },
): Promise<void> {
  const row = await findEvidenceRow(ctx.db, evidenceId);
  if (!row || !(await findVisiblePathway(ctx, caller, row.pathway_id))) throw evidenceNotFound();
  if (!mayDeleteEvidence(caller, row)) throw evidenceNotUploader();
  const { assessment } = await findWritableAssessment(ctx, caller, row.assessment_id);
  if (assessment.submitted_at) throw bookletSubmitted(assessment.submitted_at);

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteEvidenceRowOfOpenAssessment(trx, row.id))) {
      if (!(await findEvidenceRow(trx, row.id))) throw evidenceNotFound();
      const now = await findAssessmentRow(trx, assessment.id);
      throw now?.submitted_at ? bookletSubmitted(now.submitted_at) : assessmentClosed();
    }
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "assessment.remove_evidence",
      entityType: "assessment",
      entityId: assessment.id,
      before: {
        evidenceId: row.id,
        contentType: row.content_type,
        sizeBytes: Number(row.size_bytes),
        sha256: row.sha256,
      },
      occurredAt: at,
    });
  });
  await discardFile(evidencePath(ctx.config.dataDir, row.storage_key));
}
