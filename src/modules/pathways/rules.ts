/**
 * The pathway workflow (BRIEF §3.4–3.6): one transition table, from → event → to, each with the
 * guard that must hold. The jury's outcomes (award, partial award, refusal, deferral) are moved by
 * the jury module only, in the transaction of its decision: their guard needs that decision.
 */
export const pathwayStatuses = [
  "registered",
  "positioning",
  "positioned",
  "in_training",
  "reassessment",
  "ready_for_jury",
  "awarded",
  "partially_awarded",
  "not_awarded",
  "withdrawn",
  "archived",
] as const;
export type PathwayStatus = (typeof pathwayStatuses)[number];

/**
 * The evaluator's worklist ("Mes évaluations") in three parts, by status: what waits for an assessment
 * (a sitting: positioning or reassessment), what goes on without one (registered, between sittings, before
 * the jury), and what is over (the jury's outcomes, withdrawn, archived).
 */
export const worklistStages = ["waiting", "following", "finished"] as const;
export type WorklistStage = (typeof worklistStages)[number];
export const worklistStageStatuses: Record<WorklistStage, readonly PathwayStatus[]> = {
  waiting: ["positioning", "reassessment"],
  following: ["registered", "positioned", "in_training", "ready_for_jury"],
  finished: ["awarded", "partially_awarded", "not_awarded", "withdrawn", "archived"],
};

export const pathwayEvents = [
  "start_positioning",
  "complete_positioning",
  "start_training",
  "start_reassessment",
  "resume_training",
  "submit_to_jury",
  "award",
  "award_partially",
  "refuse_award",
  "defer",
  "withdraw",
  "archive",
] as const;
export type PathwayEvent = (typeof pathwayEvents)[number];

/** How the candidate reaches the qualification: training, recognised experience, or both. */
export const pathwayRoutes = ["training", "experience", "mixed"] as const;
export type PathwayRoute = (typeof pathwayRoutes)[number];

/**
 * Facts another module records on the pathway's timeline without moving it: an appeal against the
 * jury's decision, lodged, then upheld (the new decision's move follows) or dismissed.
 */
export const pathwayTimelineFacts = ["appeal_lodged", "appeal_upheld", "appeal_dismissed"] as const;
export type PathwayTimelineFact = (typeof pathwayTimelineFacts)[number];

/** What a timeline entry records: a move of the table, the registration that starts the pathway, or a fact. */
export type PathwayTimelineEvent = PathwayEvent | "register" | PathwayTimelineFact;

/** What the guards look at, gathered by the use case before deciding. */
export interface PathwayFacts {
  hasEvaluator: boolean;
  /** An assessment closed since the pathway entered its current status (positioning or reassessment). */
  hasClosedAssessmentInSitting: boolean;
  /** An assessment still open: the sitting cannot end before the evaluator closes it. */
  hasOpenAssessment: boolean;
  isAtLevel: boolean;
  hasTrainingPlan: boolean;
  /** A jury decision is being recorded in the same transaction (only the jury module sets this). */
  isJuryDecision: boolean;
}

/** Why a move is refused; each is also an error code of the API. */
export const transitionRefusals = [
  "TRANSITION_NOT_ALLOWED",
  "EVALUATOR_NOT_ASSIGNED",
  "NO_CLOSED_ASSESSMENT",
  "ASSESSMENT_STILL_OPEN",
  "PATHWAY_NOT_AT_LEVEL",
  "PATHWAY_ALREADY_AT_LEVEL",
  "TRAINING_PLAN_MISSING",
  "JURY_DECISION_REQUIRED",
] as const;
export type TransitionRefusal = (typeof transitionRefusals)[number];

type Guard = (facts: PathwayFacts) => TransitionRefusal | null;
type Transition = { to: PathwayStatus; guard: Guard };

const needsEvaluator: Guard = (f) => (f.hasEvaluator ? null : "EVALUATOR_NOT_ASSIGNED");
const needsClosedAssessment: Guard = (f) => {
  if (f.hasOpenAssessment) return "ASSESSMENT_STILL_OPEN";
  return f.hasClosedAssessmentInSitting ? null : "NO_CLOSED_ASSESSMENT";
};
const needsAtLevel: Guard = (f) => (f.isAtLevel ? null : "PATHWAY_NOT_AT_LEVEL");
const needsGaps: Guard = (f) => (f.isAtLevel ? "PATHWAY_ALREADY_AT_LEVEL" : null);
const needsTrainingPlan: Guard = (f) => needsGaps(f) ?? (f.hasTrainingPlan ? null : "TRAINING_PLAN_MISSING");
const always: Guard = () => null;
const needsJuryDecision: Guard = (f) => (f.isJuryDecision ? null : "JURY_DECISION_REQUIRED");

/**
 * What a jury decision does from a status where one applies: award, award partially (the blocs
 * acquired are kept on the decision), refuse, or defer (back to ready for the jury, free for a later
 * session). From a decided status the same events record a correction or an upheld appeal.
 */
const juryOutcomes: Partial<Record<PathwayEvent, Transition>> = {
  award: { to: "awarded", guard: needsJuryDecision },
  award_partially: { to: "partially_awarded", guard: needsJuryDecision },
  refuse_award: { to: "not_awarded", guard: needsJuryDecision },
  defer: { to: "ready_for_jury", guard: needsJuryDecision },
};

export const pathwayTransitions: Record<PathwayStatus, Partial<Record<PathwayEvent, Transition>>> = {
  registered: {
    start_positioning: { to: "positioning", guard: needsEvaluator },
    withdraw: { to: "withdrawn", guard: always },
  },
  positioning: {
    complete_positioning: { to: "positioned", guard: needsClosedAssessment },
    withdraw: { to: "withdrawn", guard: always },
  },
  // The bilan de positionnement is known: à niveau goes to the jury, otherwise training on the gaps.
  positioned: {
    submit_to_jury: { to: "ready_for_jury", guard: needsAtLevel },
    start_training: { to: "in_training", guard: needsTrainingPlan },
    withdraw: { to: "withdrawn", guard: always },
  },
  in_training: {
    start_reassessment: { to: "reassessment", guard: needsEvaluator },
    withdraw: { to: "withdrawn", guard: always },
  },
  // The second evaluation covers the gaps only; still short of the level, training resumes.
  reassessment: {
    submit_to_jury: { to: "ready_for_jury", guard: (f) => needsClosedAssessment(f) ?? needsAtLevel(f) },
    resume_training: { to: "in_training", guard: (f) => needsClosedAssessment(f) ?? needsGaps(f) },
    withdraw: { to: "withdrawn", guard: always },
  },
  ready_for_jury: {
    ...juryOutcomes,
    withdraw: { to: "withdrawn", guard: always },
  },
  awarded: juryOutcomes,
  partially_awarded: juryOutcomes,
  not_awarded: { ...juryOutcomes, archive: { to: "archived", guard: always } },
  withdrawn: {
    archive: { to: "archived", guard: always },
  },
  archived: {},
};

/** Decides a move: the next status, or the reason it is refused. */
export function decideTransition(
  from: PathwayStatus,
  event: PathwayEvent,
  facts: PathwayFacts,
): { to: PathwayStatus } | { refusal: TransitionRefusal } {
  const transition = pathwayTransitions[from][event];
  if (!transition) return { refusal: "TRANSITION_NOT_ALLOWED" };
  const refusal = transition.guard(facts);
  return refusal ? { refusal } : { to: transition.to };
}

/**
 * Every move of the table from a status with the refusal it would meet on these facts (null: it would
 * be made), so that a page offers a move it can make and says why another cannot be made yet.
 */
export function movesFrom(
  from: PathwayStatus,
  facts: PathwayFacts,
): { event: PathwayEvent; refusal: TransitionRefusal | null }[] {
  return Object.entries(pathwayTransitions[from]).map(([event, transition]) => ({
    event: event as PathwayEvent,
    refusal: transition.guard(facts),
  }));
}

/** The sitting whose assessments are being taken in this status: 1 positioning, 2 the second evaluation. */
export function currentSitting(status: PathwayStatus): 1 | 2 | null {
  if (status === "registered" || status === "positioning") return 1;
  if (status === "reassessment" || status === "in_training") return 2;
  return null;
}
