import { describe, expect, it } from "vitest";
import { fieldError } from "../../server/errors.ts";
import { buildFourMethodsContent } from "../../test/factories.ts";
import {
  type CapacityChoice,
  checkHeldOn,
  chooseCapacities,
  missingBeforeClose,
  missingBeforeSubmit,
  openSitting,
} from "./rules.ts";

/**
 * B1 = C1 (booklet, observation), C2 (booklet, questioning, interview);
 * B2 = C3 (observation, interview), C4 (questioning, observation, interview).
 */
const { blocks } = buildFourMethodsContent();
const choose = (overrides: Partial<CapacityChoice>) =>
  chooseCapacities({
    blocks,
    method: "observation",
    sitting: 1,
    requested: undefined,
    gaps: new Set(),
    validated: new Set(),
    carriedOver: new Set(),
    ...overrides,
  });

describe("the capacities an assessment covers", () => {
  it("are by default every capacity the method assesses, in the referential's order", () => {
    expect(choose({ method: "observation" })).toEqual({ capacityCodes: ["C1", "C3", "C4"] });
    expect(choose({ method: "booklet" })).toEqual({ capacityCodes: ["C1", "C2"] });
  });

  it("leave out of an interview what is already validated, and refuse to name it", () => {
    const validated = new Set(["C2", "C3"]);
    expect(choose({ method: "interview", validated })).toEqual({ capacityCodes: ["C4"] });
    expect(choose({ method: "interview", validated, requested: ["C2", "C4"] })).toEqual({
      refusal: fieldError("CAPACITIES_REFUSED", "already validated: C2", {
        method: "interview",
        alreadyValidated: ["C2"],
      }),
    });
    expect(choose({ method: "interview", validated: new Set(["C2", "C3", "C4"]) })).toEqual({
      refusal: fieldError("NO_CAPACITY_TO_ASSESS", "no capacity to assess"),
    });
  });

  it("never cover a capacity carried over from a certificate, at either sitting, and refuse to name it", () => {
    const carriedOver = new Set(["C1", "C3"]);
    expect(choose({ carriedOver })).toEqual({ capacityCodes: ["C4"] });
    expect(choose({ carriedOver, requested: ["C1", "C4"] })).toEqual({
      refusal: fieldError("CAPACITIES_REFUSED", "carried over from a certificate: C1", {
        method: "observation",
        carriedOver: ["C1"],
      }),
    });
    expect(choose({ method: "booklet", carriedOver: new Set(["C1", "C2"]) })).toEqual({
      refusal: fieldError("NO_CAPACITY_TO_ASSESS", "no capacity to assess"),
    });
  });

  it("are the gaps only at the second sitting", () => {
    const gaps = new Set(["C3", "C2"]);
    expect(choose({ sitting: 2, gaps })).toEqual({ capacityCodes: ["C3"] });
    expect(choose({ sitting: 2, gaps, requested: ["C1", "C3", "C4"] })).toEqual({
      refusal: fieldError("CAPACITIES_REFUSED", "not a gap: C1, C4", {
        method: "observation",
        notGap: ["C1", "C4"],
      }),
    });
  });

  it("refuse a request whole, grouping the capacities by reason; keep the referential's order", () => {
    expect(choose({ requested: ["C9", "C2", "C8"] })).toEqual({
      refusal: fieldError("CAPACITIES_REFUSED", "unknown capacity: C9, C8; not assessed by observation: C2", {
        method: "observation",
        unknown: ["C9", "C8"],
        notAssessedByMethod: ["C2"],
      }),
    });
    expect(choose({ requested: ["C4", "C3", "C3"] })).toEqual({ capacityCodes: ["C3", "C4"] });
  });
});

describe("closing", () => {
  const [c1, c2] = blocks[0]!.capacities;
  it("needs every criterion scored, or for a booklet every capacity described and judged", () => {
    const done = {
      scoredKeys: new Set(["C1/C1.1"]),
      describedCapacities: new Set(["C2"]),
      judgedCapacities: new Set<string>(),
    };
    expect(missingBeforeClose("observation", [c1!], done)).toEqual({
      "C1/C1.2": fieldError("NOT_SCORED", "not scored"),
    });
    expect(missingBeforeClose("booklet", [c1!, c2!], done)).toEqual({
      C1: fieldError("NO_ENTRY", "no entry"),
      C2: fieldError("NOT_JUDGED", "not judged"),
    });
    const judged = {
      ...done,
      describedCapacities: new Set(["C1", "C2"]),
      judgedCapacities: new Set(["C1", "C2"]),
    };
    expect(missingBeforeClose("booklet", [c1!, c2!], judged)).toEqual({});
  });

  it("needs every capacity of a booklet described before it is submitted", () => {
    expect(missingBeforeSubmit([c1!, c2!], new Set(["C1"]))).toEqual({
      C2: fieldError("NO_ENTRY", "no entry"),
    });
    expect(missingBeforeSubmit([c1!, c2!], new Set(["C1", "C2"]))).toEqual({});
  });
});

describe("the sitting", () => {
  it("is open during positioning (1) and reassessment (2) only", () => {
    expect([openSitting("positioning"), openSitting("reassessment")]).toEqual([1, 2]);
    expect([openSitting("registered"), openSitting("in_training"), openSitting("positioned")]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("the day an assessment is held", () => {
  const dates = { registeredOn: "2026-03-02", today: "2026-06-15" };
  it.each([
    ["2026-03-02", null],
    ["2026-06-15", null],
    ["2027-06-16", null],
    ["2026-03-01", { code: "BEFORE_REGISTRATION", params: { registeredOn: "2026-03-02" } }],
    ["2027-06-17", { code: "TOO_FAR_AHEAD", params: { days: 366 } }],
  ])("%s → %o", (heldOn, problem) => {
    expect(checkHeldOn(heldOn, dates)).toEqual(problem && expect.objectContaining(problem));
  });
});
