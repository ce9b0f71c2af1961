/**
 * The pathway workflow (BRIEF §3.4–3.6): one transition table, from → event → to, each with the
 * guard that must hold. Jury outcomes are added by the jury work.
 */
export const pathwayStatuses = [
  "registered",
  "positioning",
  "positioned",
  "in_training",
  "reassessment",
  "ready_for_jury",
  "withdrawn",
  "archived",
] as const;
export type PathwayStatus = (typeof pathwayStatuses)[number];

export const pathwayEvents = [
  "start_positioning",
  "complete_positioning",
  "start_training",
  "start_reassessment",
  "resume_training",
  "submit_to_jury",
  "withdraw",
  "archive",
] as const;
export type PathwayEvent = (typeof pathwayEvents)[number];

/** How the candidate reaches the qualification: training, recognised experience, or both. */
export const pathwayRoutes = ["training", "experience", "mixed"] as const;
export type PathwayRoute = (typeof pathwayRoutes)[number];

/** What a timeline entry records: a move of the table, or the registration that starts the pathway. */
export type PathwayTimelineEvent = PathwayEvent | "register";

/** What the guards look at, gathered by the use case before deciding. */
export interface PathwayFacts {
  hasEvaluator: boolean;
  /** An assessment closed since the pathway entered its current status (positioning or reassessment). */
  hasClosedAssessmentInSitting: boolean;
  /** An assessment still open: the sitting cannot end before the evaluator closes it. */
  hasOpenAssessment: boolean;
  isAtLevel: boolean;
  hasTrainingPlan: boolean;
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
] as const;
export type TransitionRefusal = (typeof transitionRefusals)[number];

type Guard = (facts: PathwayFacts) => TransitionRefusal | null;

const needsEvaluator: Guard = (f) => (f.hasEvaluator ? null : "EVALUATOR_NOT_ASSIGNED");
const needsClosedAssessment: Guard = (f) => {
  if (f.hasOpenAssessment) return "ASSESSMENT_STILL_OPEN";
  return f.hasClosedAssessmentInSitting ? null : "NO_CLOSED_ASSESSMENT";
};
const needsAtLevel: Guard = (f) => (f.isAtLevel ? null : "PATHWAY_NOT_AT_LEVEL");
const needsGaps: Guard = (f) => (f.isAtLevel ? "PATHWAY_ALREADY_AT_LEVEL" : null);
const needsTrainingPlan: Guard = (f) => needsGaps(f) ?? (f.hasTrainingPlan ? null : "TRAINING_PLAN_MISSING");
const always: Guard = () => null;

type Transition = { to: PathwayStatus; guard: Guard };

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
    withdraw: { to: "withdrawn", guard: always },
  },
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

/** The sitting whose assessments are being taken in this status: 1 positioning, 2 the second evaluation. */
export function currentSitting(status: PathwayStatus): 1 | 2 | null {
  if (status === "registered" || status === "positioning") return 1;
  if (status === "reassessment" || status === "in_training") return 2;
  return null;
}
