/**
 * Pathways (parcours) as the API sends them (`/api/pathways…`): the server's own zod schemas are the
 * contract, so a change there that the web app does not follow fails the typecheck.
 */
import type { z } from "zod";
import type {
  PathwayEvent,
  PathwayStatus,
  PathwayTimelineFact,
} from "../../../../src/modules/pathways/rules.ts";
import type {
  gapAnalysisView,
  pathwayDetail,
  pathwayList,
  pathwaySummary,
  registerPathwayInput,
  trainingPlanInput,
  trainingPlanView,
} from "../../../../src/modules/pathways/schemas.ts";

export {
  pathwayEvents,
  pathwayStatuses,
  pathwayTimelineFacts,
  type WorklistStage,
  worklistStageStatuses,
  worklistStages,
} from "../../../../src/modules/pathways/rules.ts";
export { criterionScores } from "../../../../src/modules/referentials/pass-rule.ts";
export type { PathwayEvent, PathwayStatus, PathwayTimelineFact };

/** Voie d'accès: training path, direct recognition of experience, or both. */
export const pathwayRoutes = ["training", "experience", "mixed"] as const;
export type PathwayRoute = (typeof pathwayRoutes)[number];

/** How an evaluator judged one criterion. */
export type { CriterionScore } from "../../../../src/modules/referentials/pass-rule.ts";

export type PathwaySummary = z.infer<typeof pathwaySummary>;
export type PathwayList = z.infer<typeof pathwayList>;
export type PathwayDetail = z.infer<typeof pathwayDetail>;
export type TimelineEntry = PathwayDetail["timeline"][number];
/** A capacity still to acquire: what a training plan and the second evaluation target. */
export type Gap = PathwayDetail["gaps"][number];
export type TrainingPlan = z.infer<typeof trainingPlanView>;
/** The bilan de positionnement: per criterion (`C1/C1.2`), per capacity and per bloc. */
export type GapAnalysis = z.infer<typeof gapAnalysisView>;
export type RegisterPathwayInput = z.input<typeof registerPathwayInput>;
export type TrainingPlanInput = z.input<typeof trainingPlanInput>;

export interface PathwayListQuery {
  status: string;
  /** A part of the evaluator's worklist (waiting, following, finished); every part when absent. */
  stage?: string;
  /** Pathways of one branch (the jury's agenda); every branch of the user's scope when absent. */
  branchCode?: string;
  qualificationCode: string;
  companyId: string;
  evaluatorUserId: string;
  q: string;
  limit: number;
  offset: number;
}
/** A capacity carried over from a certificate when the pathway was opened, with its source. */
export type CarriedCapacity = GapAnalysis["carriedOver"][number];
