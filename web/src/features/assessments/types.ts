/** Assessments (évaluations) as the API sends them (`/api/assessments…`, `/api/pathways/{id}/assessments`). */

import type { CriterionScore } from "../pathways/types.ts";
import type { AssessmentMethod } from "../referentials/types.ts";

export type AssessmentStatus = "open" | "closed";

/** A capacity this assessment covers, with its criteria (the grid an evaluator fills). */
export interface AssessedCapacity {
  blockCode: string;
  code: string;
  title: string;
  conditions: string;
  criteria: { code: string; indicator: string }[];
}

export interface CriterionScoreEntry {
  capacityCode: string;
  criterionCode: string;
  score: CriterionScore;
  comment: string;
}

/** Free text per capacity: the candidate's activity description, questions and answers, interview notes. */
export interface CapacityEntry {
  capacityCode: string;
  text: string;
}

export interface EvidenceFile {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  capacityCode: string | null;
  uploadedAt: string;
}

export interface AssessmentView {
  id: number;
  pathwayId: number;
  method: AssessmentMethod;
  /** 1: the positioning; 2: the second evaluation, on the gaps only. */
  sitting: number;
  status: AssessmentStatus;
  revision: number;
  heldOn: string;
  /** The pathway's evaluator when the assessment was opened. */
  assessorUserId: number | null;
  closedAt: string | null;
  capacityCodes: string[];
  capacities: AssessedCapacity[];
  scores: CriterionScoreEntry[];
  entries: CapacityEntry[];
  evidence: EvidenceFile[];
}

export interface NewAssessmentInput {
  method: AssessmentMethod;
  heldOn: string;
  /** Defaults (server side) to the capacities of the sitting. */
  capacityCodes?: string[];
}
