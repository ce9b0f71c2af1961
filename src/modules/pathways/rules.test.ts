import { describe, expect, it } from "vitest";
import {
  decideTransition,
  type PathwayEvent,
  type PathwayFacts,
  type PathwayStatus,
  pathwayEvents,
  pathwayStatuses,
} from "./rules.ts";

const ready: PathwayFacts = {
  hasEvaluator: true,
  hasClosedAssessmentInSitting: true,
  hasOpenAssessment: false,
  isAtLevel: true,
  hasTrainingPlan: true,
  isJuryDecision: true,
};
const withGaps: PathwayFacts = { ...ready, isAtLevel: false };

/** A jury decision (or its correction) from the statuses where one applies. */
const juryOutcomes = {
  award: "awarded",
  award_partially: "partially_awarded",
  refuse_award: "not_awarded",
  defer: "ready_for_jury",
} as const;

/** Every status × every event: the expected next status with favourable facts, or null when never allowed. */
const expected: Record<PathwayStatus, Partial<Record<PathwayEvent, PathwayStatus>>> = {
  registered: { start_positioning: "positioning", withdraw: "withdrawn" },
  positioning: { complete_positioning: "positioned", withdraw: "withdrawn" },
  positioned: { submit_to_jury: "ready_for_jury", start_training: "in_training", withdraw: "withdrawn" },
  in_training: { start_reassessment: "reassessment", withdraw: "withdrawn" },
  reassessment: { submit_to_jury: "ready_for_jury", resume_training: "in_training", withdraw: "withdrawn" },
  ready_for_jury: { ...juryOutcomes, withdraw: "withdrawn" },
  awarded: juryOutcomes,
  partially_awarded: juryOutcomes,
  not_awarded: { ...juryOutcomes, archive: "archived" },
  withdrawn: { archive: "archived" },
  archived: {},
};

/** Events that need gaps to remain (training), decided with `withGaps`; the others with `ready`. */
const needsGaps = new Set<PathwayEvent>(["start_training", "resume_training"]);

describe("pathway transition table", () => {
  const cells = pathwayStatuses.flatMap((from) =>
    pathwayEvents.map((event) => ({ from, event, to: expected[from][event] ?? null })),
  );

  it.each(cells)("$from --$event--> $to", ({ from, event, to }) => {
    const result = decideTransition(from, event, needsGaps.has(event) ? withGaps : ready);
    expect(result).toEqual(to ? { to } : { refusal: "TRANSITION_NOT_ALLOWED" });
  });
});

describe("guards", () => {
  it.each([
    {
      from: "ready_for_jury",
      event: "award",
      facts: { ...ready, isJuryDecision: false },
      refusal: "JURY_DECISION_REQUIRED",
    },
    {
      from: "not_awarded",
      event: "award_partially",
      facts: { ...ready, isJuryDecision: false },
      refusal: "JURY_DECISION_REQUIRED",
    },
    {
      from: "registered",
      event: "start_positioning",
      facts: { ...ready, hasEvaluator: false },
      refusal: "EVALUATOR_NOT_ASSIGNED",
    },
    {
      from: "positioning",
      event: "complete_positioning",
      facts: { ...ready, hasClosedAssessmentInSitting: false },
      refusal: "NO_CLOSED_ASSESSMENT",
    },
    {
      from: "positioning",
      event: "complete_positioning",
      facts: { ...ready, hasOpenAssessment: true },
      refusal: "ASSESSMENT_STILL_OPEN",
    },
    { from: "positioned", event: "submit_to_jury", facts: withGaps, refusal: "PATHWAY_NOT_AT_LEVEL" },
    { from: "positioned", event: "start_training", facts: ready, refusal: "PATHWAY_ALREADY_AT_LEVEL" },
    {
      from: "positioned",
      event: "start_training",
      facts: { ...withGaps, hasTrainingPlan: false },
      refusal: "TRAINING_PLAN_MISSING",
    },
    {
      from: "in_training",
      event: "start_reassessment",
      facts: { ...withGaps, hasEvaluator: false },
      refusal: "EVALUATOR_NOT_ASSIGNED",
    },
    {
      from: "reassessment",
      event: "submit_to_jury",
      facts: { ...ready, hasClosedAssessmentInSitting: false },
      refusal: "NO_CLOSED_ASSESSMENT",
    },
    {
      from: "reassessment",
      event: "submit_to_jury",
      facts: { ...ready, hasOpenAssessment: true },
      refusal: "ASSESSMENT_STILL_OPEN",
    },
    {
      from: "reassessment",
      event: "resume_training",
      facts: { ...withGaps, hasClosedAssessmentInSitting: false },
      refusal: "NO_CLOSED_ASSESSMENT",
    },
    { from: "reassessment", event: "submit_to_jury", facts: withGaps, refusal: "PATHWAY_NOT_AT_LEVEL" },
    { from: "reassessment", event: "resume_training", facts: ready, refusal: "PATHWAY_ALREADY_AT_LEVEL" },
  ] as const)("$from --$event--> refused with $refusal", ({ from, event, facts, refusal }) => {
    expect(decideTransition(from, event, facts)).toEqual({ refusal });
  });
});
