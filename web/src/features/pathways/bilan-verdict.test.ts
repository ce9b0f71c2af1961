import { describe, expect, it } from "vitest";
import { buildBlock, buildCapacity, buildGapAnalysis } from "../../test/factories.ts";
import { bilanVerdict, buildBilan, capacityState } from "./bilan.ts";
import type { CriterionScore } from "./types.ts";

/** B1 = C1, C2, C3; the server's pass rule (all capacities) lists every capacity not acquired as a gap. */
const blocks = [buildBlock({ capacities: ["C1", "C2", "C3"].map((code) => buildCapacity({ code })) })];

function bilanOf(scores: Record<string, CriterionScore | null>, isAtLevel = false) {
  const codes = ["C1", "C2", "C3"];
  const acquired = (code: string) => scores[code] === "acquired";
  const analysis = buildGapAnalysis({
    isAtLevel,
    blocks: [
      {
        code: "B1",
        isAcquired: codes.every(acquired),
        score: null,
        capacities: codes.map((code) => ({
          code,
          isAcquired: acquired(code),
          acquiredCriteria: acquired(code) ? 2 : 0,
          totalCriteria: 2,
        })),
      },
    ],
    gaps: codes.filter((code) => !acquired(code)).map((capacityCode) => ({ blockCode: "B1", capacityCode })),
    criteria: codes.flatMap((code) =>
      [1, 2].map((n) => ({
        key: `${code}/${code}.${n}`,
        score: scores[code] ?? null,
        heldOn: scores[code] ? "2026-10-01" : null,
        hasExpired: false,
      })),
    ),
  });
  const bilan = buildBilan(blocks, [], analysis);
  return { bilan, verdict: bilanVerdict(bilan, isAtLevel) };
}
const codesOf = (capacities: { code: string }[]) => capacities.map((c) => c.code);

describe("the bilan's words follow each capacity's computed state", () => {
  it("says nothing has a result yet when no capacity is assessed, and lists no gap", () => {
    const { bilan, verdict } = bilanOf({ C1: null, C2: null, C3: null });
    expect(verdict).toMatchObject({ kind: "empty", gaps: [] });
    expect(bilan[0]!.capacities.map(capacityState)).toEqual(["not_assessed", "not_assessed", "not_assessed"]);
  });

  it("lists under the gaps only the capacities assessed and short, and the others as not assessed", () => {
    const { bilan, verdict } = bilanOf({ C1: "acquired", C2: "partially", C3: null });
    expect(bilan[0]!.capacities.map(capacityState)).toEqual(["acquired", "gap", "not_assessed"]);
    expect(verdict.kind).toBe("gaps");
    expect(codesOf(verdict.gaps)).toEqual(["C2"]);
    expect(codesOf(verdict.notAssessed)).toEqual(["C3"]);
  });

  it("lists no gap when what was assessed is acquired and the rest is not assessed yet", () => {
    const { verdict } = bilanOf({ C1: "acquired", C2: null, C3: null });
    expect(verdict).toMatchObject({ kind: "gaps", gaps: [] });
    expect(codesOf(verdict.notAssessed)).toEqual(["C2", "C3"]);
  });

  it("says at level when the pass rule is met", () => {
    const { bilan, verdict } = bilanOf({ C1: "acquired", C2: "acquired", C3: "acquired" }, true);
    expect(verdict).toMatchObject({ kind: "at_level", gaps: [], notAssessed: [] });
    expect(bilan[0]!.capacities.map(capacityState)).toEqual(["acquired", "acquired", "acquired"]);
  });

  it("calls a capacity assessed and not acquired, but not among the rule's gaps, not acquired", () => {
    const { bilan } = bilanOf({ C1: "acquired", C2: "not_acquired", C3: null });
    const notAGap = { ...bilan[0]!.capacities[1]!, isGap: false };
    expect(capacityState(notAGap)).toBe("not_acquired");
  });
});
