import { describe, expect, it } from "vitest";
import { availableEvents } from "./transitions.ts";

describe("availableEvents", () => {
  it("offers the committee and the branch every move of the status", () => {
    expect(availableEvents({ status: "registered", isAtLevel: false }, "branch_officer")).toEqual([
      "start_positioning",
      "withdraw",
    ]);
    expect(availableEvents({ status: "withdrawn", isAtLevel: false }, "admin")).toEqual(["archive"]);
    expect(availableEvents({ status: "archived", isAtLevel: false }, "admin")).toEqual([]);
  });

  it("points a positioned pathway to the jury when at level, to training otherwise", () => {
    expect(availableEvents({ status: "positioned", isAtLevel: true }, "admin")).toEqual([
      "submit_to_jury",
      "withdraw",
    ]);
    expect(availableEvents({ status: "positioned", isAtLevel: false }, "admin")).toEqual([
      "start_training",
      "withdraw",
    ]);
    expect(availableEvents({ status: "reassessment", isAtLevel: false }, "evaluator")).toEqual([
      "resume_training",
    ]);
  });

  it("gives the evaluator the assessment steps only, the candidate no move at all", () => {
    expect(availableEvents({ status: "positioning", isAtLevel: false }, "evaluator")).toEqual([
      "complete_positioning",
    ]);
    expect(availableEvents({ status: "positioned", isAtLevel: false }, "evaluator")).toEqual([]);
    expect(availableEvents({ status: "in_training", isAtLevel: false }, "candidate")).toEqual([]);
    expect(availableEvents({ status: "positioning", isAtLevel: false }, "candidate")).toEqual([]);
    expect(availableEvents({ status: "registered", isAtLevel: false }, "employer")).toEqual([]);
  });
});
