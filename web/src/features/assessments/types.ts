/**
 * Assessments (évaluations) as the API sends them (`/api/assessments…`, `/api/pathways/{id}/assessments`):
 * inferred from the server's zod schemas, the contract.
 */
import type { z } from "zod";
import type {
  AssessmentView,
  createAssessmentInput,
  EvidenceView,
} from "../../../../src/modules/assessments/schemas.ts";

export type { AssessmentView };
export type AssessmentStatus = AssessmentView["status"];
/** A capacity this assessment covers, with its criteria (the grid an evaluator fills). */
export type AssessedCapacity = AssessmentView["capacities"][number];
export type CriterionScoreEntry = AssessmentView["scores"][number];
/** Free text per capacity: the candidate's activity description, questions and answers, interview notes. */
export type CapacityEntry = AssessmentView["entries"][number];
export type EvidenceFile = EvidenceView;
export type NewAssessmentInput = z.input<typeof createAssessmentInput>;
