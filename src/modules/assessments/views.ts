import { createHash } from "node:crypto";
import type { AssessmentRow } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import type { PathwayReferential } from "../pathways/find-pathway.ts";
import { listEntryRows, listEvidenceRows, listJudgementRows, listScoreRows } from "./repository.ts";
import { coveredCapacities } from "./rules.ts";
import type { AssessmentView, EvidenceView } from "./schemas.ts";

export const capacityCodesOf = (row: Pick<AssessmentRow, "capacity_codes_json">) =>
  JSON.parse(row.capacity_codes_json) as string[];

/**
 * How free text (booklet descriptions, answers, comments) appears in the audit log: its digest and
 * length, not the words. The log is append-only and hash-chained, so personal data written there could
 * never be erased; the digest still proves which text was saved.
 */
export const auditedText = (text: string) => ({
  sha256: createHash("sha256").update(text).digest("hex"),
  length: text.length,
});

export function toEvidenceView(row: {
  id: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  capacity_code: string | null;
  created_at: string;
  uploaded_by_user_id: number | null;
}): EvidenceView {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    capacityCode: row.capacity_code,
    uploadedAt: row.created_at,
    uploadedByUserId: row.uploaded_by_user_id,
  };
}

/** Views of assessments of one pathway, with their grids, texts, judgements and evidence in four queries. */
export async function toAssessmentViews(
  ctx: AppContext,
  rows: AssessmentRow[],
  referential: Pick<PathwayReferential, "blocks">,
): Promise<AssessmentView[]> {
  const ids = rows.map((r) => r.id);
  const [scores, entries, judgements, evidence] = await Promise.all([
    listScoreRows(ctx.db, ids),
    listEntryRows(ctx.db, ids),
    listJudgementRows(ctx.db, ids),
    listEvidenceRows(ctx.db, ids),
  ]);
  return rows.map((row) => {
    const capacityCodes = capacityCodesOf(row);
    return {
      id: row.id,
      pathwayId: row.pathway_id,
      method: row.method as AssessmentView["method"],
      sitting: row.sitting,
      status: row.status as AssessmentView["status"],
      revision: row.revision,
      heldOn: row.held_on,
      assessorUserId: row.assessor_user_id,
      closedAt: row.closed_at,
      capacityCodes,
      capacities: coveredCapacities(referential.blocks, capacityCodes).map(({ block, capacity }) => ({
        blockCode: block.code,
        code: capacity.code,
        title: capacity.title,
        conditions: capacity.conditions,
        criteria: capacity.criteria.map((c) => ({ code: c.code, indicator: c.indicator })),
      })),
      scores: scores
        .filter((s) => s.assessment_id === row.id)
        .map((s) => ({
          capacityCode: s.capacity_code,
          criterionCode: s.criterion_code,
          score: s.score,
          comment: s.comment,
        })),
      entries: entries
        .filter((e) => e.assessment_id === row.id)
        .map((e) => ({ capacityCode: e.capacity_code, text: e.text })),
      submittedAt: row.submitted_at,
      judgements: judgements
        .filter((j) => j.assessment_id === row.id)
        .map((j) => ({ capacityCode: j.capacity_code, judgement: j.judgement, comment: j.comment })),
      evidence: evidence.filter((e) => e.assessment_id === row.id).map(toEvidenceView),
    };
  });
}
