import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { Role } from "../auth/types.ts";
import type { CriterionScore, PathwayEvent, PathwayRoute, PathwayStatus } from "./types.ts";

export const statusLabelKeys: Record<PathwayStatus, MessageKey> = {
  registered: "pathwayStatus.registered",
  positioning: "pathwayStatus.positioning",
  positioned: "pathwayStatus.positioned",
  in_training: "pathwayStatus.in_training",
  reassessment: "pathwayStatus.reassessment",
  ready_for_jury: "pathwayStatus.ready_for_jury",
  awarded: "pathwayStatus.awarded",
  partially_awarded: "pathwayStatus.partially_awarded",
  not_awarded: "pathwayStatus.not_awarded",
  withdrawn: "pathwayStatus.withdrawn",
  archived: "pathwayStatus.archived",
};

export const statusTones = {
  registered: "neutral",
  positioning: "warning",
  positioned: "warning",
  in_training: "warning",
  reassessment: "warning",
  ready_for_jury: "positive",
  awarded: "positive",
  partially_awarded: "warning",
  not_awarded: "negative",
  withdrawn: "negative",
  archived: "neutral",
} as const satisfies Record<PathwayStatus, string>;

export const eventLabelKeys: Record<PathwayEvent, MessageKey> = {
  start_positioning: "pathwayEvent.start_positioning",
  complete_positioning: "pathwayEvent.complete_positioning",
  start_training: "pathwayEvent.start_training",
  start_reassessment: "pathwayEvent.start_reassessment",
  resume_training: "pathwayEvent.resume_training",
  submit_to_jury: "pathwayEvent.submit_to_jury",
  award: "pathwayEvent.award",
  award_partially: "pathwayEvent.award_partially",
  refuse_award: "pathwayEvent.refuse_award",
  defer: "pathwayEvent.defer",
  withdraw: "pathwayEvent.withdraw",
  archive: "pathwayEvent.archive",
};

/** What each move does, asked before a move that ends the pathway. */
export const eventQuestionKeys: Partial<Record<PathwayEvent, MessageKey>> = {
  withdraw: "pathwayEvent.withdrawQuestion",
  archive: "pathwayEvent.archiveQuestion",
};

export const routeLabelKeys: Record<PathwayRoute, MessageKey> = {
  training: "pathwayRoute.training",
  experience: "pathwayRoute.experience",
  mixed: "pathwayRoute.mixed",
};

export const scoreLabelKeys: Record<CriterionScore, MessageKey> = {
  acquired: "score.acquired",
  partially: "score.partially",
  not_acquired: "score.not_acquired",
};

export const scoreTones = {
  acquired: "positive",
  partially: "warning",
  not_acquired: "negative",
} as const satisfies Record<CriterionScore, string>;

/** The same list is each role's own: a branch's pathways, "Mes salariés", "Mes évaluations", "Mon parcours". */
export const pathwayListTitleKeys: Record<Role, { title: MessageKey; intro: MessageKey }> = {
  admin: { title: "pathways.title.admin", intro: "pathways.intro.admin" },
  branch_officer: { title: "pathways.title.branch_officer", intro: "pathways.intro.branch_officer" },
  evaluator: { title: "pathways.title.evaluator", intro: "pathways.intro.evaluator" },
  employer: { title: "pathways.title.employer", intro: "pathways.intro.employer" },
  candidate: { title: "pathways.title.candidate", intro: "pathways.intro.candidate" },
  jury_member: { title: "pathways.title.admin", intro: "pathways.intro.admin" },
};
