import { describe, expect, it } from "vitest";
import { movesFrom, type PathwayFacts, type PathwayStatus } from "../../../../src/modules/pathways/rules.ts";
import { availableMoves } from "./transitions.ts";

const ready: PathwayFacts = {
  hasEvaluator: true,
  hasClosedAssessmentInSitting: true,
  hasOpenAssessment: false,
  isAtLevel: false,
  hasTrainingPlan: true,
  isJuryDecision: false,
};

/** A pathway as the server sends it: its moves and their refusals computed from the facts. */
const pathwayIn = (status: PathwayStatus, facts: Partial<PathwayFacts> = {}) => {
  const all = { ...ready, ...facts };
  return { isAtLevel: all.isAtLevel, moves: movesFrom(status, all) };
};
const eventsOf = (status: PathwayStatus, role: Parameters<typeof availableMoves>[1], facts = {}) =>
  availableMoves(pathwayIn(status, facts), role).map((move) => move.event);

describe("availableMoves", () => {
  it("offers the committee and the branch every move of the status", () => {
    expect(eventsOf("registered", "branch_officer")).toEqual(["start_positioning", "withdraw"]);
    expect(eventsOf("withdrawn", "admin")).toEqual(["archive"]);
    expect(eventsOf("archived", "admin")).toEqual([]);
  });

  it("points a positioned pathway to the jury when at level, to training otherwise", () => {
    expect(eventsOf("positioned", "admin", { isAtLevel: true })).toEqual(["submit_to_jury", "withdraw"]);
    expect(eventsOf("positioned", "admin")).toEqual(["start_training", "withdraw"]);
    expect(eventsOf("reassessment", "evaluator")).toEqual(["resume_training"]);
  });

  it("gives the evaluator the assessment steps only, the candidate no move at all", () => {
    expect(eventsOf("positioning", "evaluator")).toEqual(["complete_positioning"]);
    expect(eventsOf("positioned", "evaluator")).toEqual([]);
    expect(eventsOf("in_training", "candidate")).toEqual([]);
    expect(eventsOf("positioning", "candidate")).toEqual([]);
    expect(eventsOf("registered", "employer")).toEqual([]);
  });

  it("keeps the refusal of a move that cannot be made yet, so its button is disabled with the reason", () => {
    expect(availableMoves(pathwayIn("registered", { hasEvaluator: false }), "branch_officer")).toEqual([
      { event: "start_positioning", refusal: "EVALUATOR_NOT_ASSIGNED" },
      { event: "withdraw", refusal: null },
    ]);
    expect(availableMoves(pathwayIn("positioning", { hasOpenAssessment: true }), "evaluator")).toEqual([
      { event: "complete_positioning", refusal: "ASSESSMENT_STILL_OPEN" },
    ]);
    expect(availableMoves(pathwayIn("positioned", { hasTrainingPlan: false }), "admin")).toContainEqual({
      event: "start_training",
      refusal: "TRAINING_PLAN_MISSING",
    });
    expect(availableMoves(pathwayIn("registered"), "admin")).toContainEqual({
      event: "start_positioning",
      refusal: null,
    });
  });
});
