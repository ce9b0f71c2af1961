import type { Generated } from "kysely";
import type { AssessmentStatus } from "../modules/assessments/rules.ts";
import type { PathwayRoute, PathwayStatus, PathwayTimelineEvent } from "../modules/pathways/rules.ts";
import type { CriterionScore } from "../modules/referentials/pass-rule.ts";
import type { AssessmentMethod } from "../modules/referentials/schemas.ts";

/** The pathways' and assessments' tables: a candidate's route through a CQPI and what assessed it. */

export interface PathwayTable {
  id: Generated<number>;
  candidate_id: number;
  branch_id: number;
  qualification_id: number;
  version_id: number;
  adoption_id: number | null;
  route: PathwayRoute;
  status: PathwayStatus;
  evaluator_user_id: number | null;
  registered_on: string;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
}

/** A capacity a pathway opened from a certificate carries over, with that certificate and how it was reached. */
export interface PathwayCarriedCapacityTable {
  pathway_id: number;
  capacity_code: string;
  certificate_number: string;
  /** The portability answer's `via`: the same capacity, or the chain of exact correspondences. */
  via_json: string;
  created_at: string;
}

export interface PathwayTransitionTable {
  id: Generated<number>;
  pathway_id: number;
  event: PathwayTimelineEvent;
  from_status: PathwayStatus | null;
  to_status: PathwayStatus;
  actor_user_id: number | null;
  occurred_at: string;
}

export interface AccreditationTable {
  id: Generated<number>;
  evaluator_user_id: number;
  qualification_id: number;
  branch_id: number;
  valid_from: string;
  valid_until: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TrainingPlanTable {
  id: Generated<number>;
  pathway_id: number;
  capacity_codes_json: string;
  organisation: string;
  planned_hours: number;
  start_date: string;
  end_date: string;
  trainer_user_id: number | null;
  trainer_name: string;
  created_at: string;
}

export interface AssessmentTable {
  id: Generated<number>;
  pathway_id: number;
  method: AssessmentMethod;
  sitting: number;
  capacity_codes_json: string;
  assessor_user_id: number | null;
  held_on: string;
  status: AssessmentStatus;
  revision: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** When the candidate side handed the booklet to the evaluator (booklets only). */
  submitted_at: string | null;
}

export interface AssessmentScoreTable {
  assessment_id: number;
  criterion_id: number;
  score: CriterionScore;
  comment: string;
}

export interface AssessmentEntryTable {
  assessment_id: number;
  capacity_id: number;
  text: string;
}

/** The evaluator's judgement of one capacity of a booklet, from the candidate's description. */
export interface AssessmentJudgementTable {
  assessment_id: number;
  capacity_id: number;
  judgement: CriterionScore;
  comment: string;
}

export interface EvidenceFileTable {
  id: Generated<number>;
  assessment_id: number;
  capacity_id: number | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by_user_id: number | null;
  created_at: string;
}

/** Pathways per branch × CQPI × status, kept in the transaction of each registration and move. */
export interface PathwayStatusTallyTable {
  branch_id: number;
  qualification_id: number;
  status: PathwayStatus;
  pathways: number;
}
