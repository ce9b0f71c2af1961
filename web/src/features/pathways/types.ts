/** Pathways (parcours) as the API sends them (`/api/pathways…`). */

// The workflow's statuses and events are the server's own (one transition table, src/modules/pathways/rules.ts).
import type { PathwayEvent, PathwayStatus } from "../../../../src/modules/pathways/rules.ts";
import type { Page } from "../../lib/api.ts";
import type { Block, PassRule, Validity } from "../referentials/types.ts";

export { pathwayEvents, pathwayStatuses } from "../../../../src/modules/pathways/rules.ts";
export type { PathwayEvent, PathwayStatus };

/** Voie d'accès: training path, direct recognition of experience, or both. */
export const pathwayRoutes = ["training", "experience", "mixed"] as const;
export type PathwayRoute = (typeof pathwayRoutes)[number];

/** How an evaluator judged one criterion. */
export const criterionScores = ["acquired", "partially", "not_acquired"] as const;
export type CriterionScore = (typeof criterionScores)[number];

export interface PathwaySummary {
  id: number;
  candidate: { id: number; displayName: string; companyId: number | null };
  branchCode: string;
  qualificationCode: string;
  qualificationTitle: string;
  /** The referential version the pathway follows. */
  version: number;
  route: PathwayRoute;
  status: PathwayStatus;
  registeredOn: string;
  statusChangedAt: string;
  evaluatorUserId: number | null;
}

export interface PathwayList extends Page<PathwaySummary> {
  /** Counts per status for the same filters, the status filter aside. */
  countsByStatus: Partial<Record<PathwayStatus, number>>;
}

export interface PathwayListQuery {
  status: string;
  qualificationCode: string;
  companyId: string;
  evaluatorUserId: string;
  q: string;
  limit: number;
  offset: number;
}

/** A capacity still to acquire: what a training plan and the second evaluation target. */
export interface Gap {
  blockCode: string;
  capacityCode: string;
}

export interface TrainingPlan {
  id: number;
  capacityCodes: string[];
  organisation: string;
  plannedHours: number;
  startDate: string;
  endDate: string;
  trainerUserId: number | null;
  trainerName: string;
  createdAt: string;
}

export interface TimelineEntry {
  event: string;
  fromStatus: PathwayStatus | null;
  toStatus: PathwayStatus;
  occurredAt: string;
  actorName: string | null;
}

export interface PathwayDetail extends PathwaySummary {
  evaluator: { id: number; displayName: string } | null;
  /** The CQPI's blocs followed by the branch's modules (whose codes are in `moduleCodes`). */
  referential: { passRule: PassRule; validity: Validity; moduleCodes: string[]; blocks: Block[] };
  acquiredCapacities: string[];
  gaps: Gap[];
  /** "À niveau": the pass rule is met. */
  isAtLevel: boolean;
  trainingPlans: TrainingPlan[];
  timeline: TimelineEntry[];
}

/** The bilan de positionnement: per criterion (`C1/C1.2`), per capacity and per bloc. */
export interface GapAnalysis {
  pathwayId: number;
  passRule: PassRule;
  validity: Validity;
  moduleCodes: string[];
  isAtLevel: boolean;
  overallScore: number | null;
  blocks: {
    code: string;
    isAcquired: boolean;
    /** The percentage the rule judges the bloc by (criteria or weighted marks), null for "all capacities". */
    score: number | null;
    capacities: { code: string; isAcquired: boolean; acquiredCriteria: number; totalCriteria: number }[];
  }[];
  gaps: Gap[];
  criteria: { key: string; score: CriterionScore | null; heldOn: string | null; hasExpired: boolean }[];
}

export interface RegisterPathwayInput {
  candidateId: number;
  qualificationCode: string;
  branchCode: string;
  route: PathwayRoute;
  registeredOn?: string;
}

export interface TrainingPlanInput {
  capacityCodes: string[];
  organisation: string;
  plannedHours: number;
  startDate: string;
  endDate: string;
  trainerUserId: number | null;
  trainerName: string;
}
