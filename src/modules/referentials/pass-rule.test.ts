import { describe, expect, it } from "vitest";
import { type CriterionScore, evaluatePassRule, isAcquisitionValid } from "./pass-rule.ts";
import type { Block, PassRule } from "./schemas.ts";

/** Two blocs: B1 (C1: 2 criteria, C2: 2 criteria), B2 (C3: 1 criterion of weight 3, C4: 1 criterion). */
const blocks: Block[] = [
  {
    code: "B1",
    title: "Produire",
    rncpCode: null,
    capacities: [
      {
        code: "C1",
        title: "Approvisionner",
        conditions: "",
        methods: ["observation"],
        criteria: [
          { code: "a", indicator: "a", weight: 1 },
          { code: "b", indicator: "b", weight: 1 },
        ],
      },
      {
        code: "C2",
        title: "Régler",
        conditions: "",
        methods: ["observation"],
        criteria: [
          { code: "a", indicator: "a", weight: 1 },
          { code: "b", indicator: "b", weight: 1 },
        ],
      },
    ],
  },
  {
    code: "B2",
    title: "Contrôler",
    rncpCode: null,
    capacities: [
      {
        code: "C3",
        title: "Contrôler",
        conditions: "",
        methods: ["questioning"],
        criteria: [{ code: "a", indicator: "a", weight: 3 }],
      },
      {
        code: "C4",
        title: "Signaler",
        conditions: "",
        methods: ["interview"],
        criteria: [{ code: "a", indicator: "a", weight: 1 }],
      },
    ],
  },
];

const A = "acquired" as const;
const P = "partially" as const;
const N = "not_acquired" as const;
type Scores = Record<string, CriterionScore | undefined>;
/** Scores keyed "C1.a"; a missing key is an unscored criterion. */
const evaluate = (rule: PassRule, scores: Scores) =>
  evaluatePassRule(blocks, rule, (k, c) => scores[`${c.code}.${k.code}`]);
const all = (score: CriterionScore): Scores => ({
  "C1.a": score,
  "C1.b": score,
  "C2.a": score,
  "C2.b": score,
  "C3.a": score,
  "C4.a": score,
});

describe("all capacities acquired (the CQPI default)", () => {
  const rule: PassRule = { kind: "all_capacities" };
  it.each([
    { case: "everything acquired", scores: all(A), isPassed: true, gaps: [] },
    { case: "one criterion partially", scores: { ...all(A), "C2.b": P }, isPassed: false, gaps: ["C2"] },
    {
      case: "one criterion unscored",
      scores: { ...all(A), "C4.a": undefined },
      isPassed: false,
      gaps: ["C4"],
    },
    { case: "nothing acquired", scores: all(N), isPassed: false, gaps: ["C1", "C2", "C3", "C4"] },
  ])("$case → passed: $isPassed, gaps $gaps", ({ scores, isPassed, gaps }) => {
    const result = evaluate(rule, scores);
    expect(result.isPassed).toBe(isPassed);
    expect(result.gaps.map((g) => g.capacityCode)).toEqual(gaps);
  });

  it("reports capacities and blocs acquired", () => {
    const result = evaluate(rule, { ...all(A), "C1.a": N });
    expect(result.blocks.map((b) => [b.code, b.isAcquired])).toEqual([
      ["B1", false],
      ["B2", true],
    ]);
    expect(result.blocks[0]!.capacities[0]).toEqual({
      code: "C1",
      isAcquired: false,
      acquiredCriteria: 1,
      totalCriteria: 2,
    });
  });
});

describe("at least X % of criteria in every bloc", () => {
  const rule: PassRule = { kind: "criteria_percentage", minPercent: 75 };
  it.each([
    {
      case: "3 of 4 in B1, 2 of 2 in B2",
      scores: { ...all(A), "C1.a": N },
      isPassed: true,
      b1: 75,
      gaps: [],
    },
    {
      case: "2 of 4 in B1",
      scores: { ...all(A), "C1.a": N, "C2.b": P },
      isPassed: false,
      b1: 50,
      gaps: ["C1", "C2"],
    },
    { case: "1 of 2 in B2 only", scores: { ...all(A), "C4.a": N }, isPassed: false, b1: 100, gaps: ["C4"] },
  ])("$case → passed: $isPassed", ({ scores, isPassed, b1, gaps }) => {
    const result = evaluate(rule, scores);
    expect(result.isPassed).toBe(isPassed);
    expect(result.blocks[0]!.score).toBe(b1);
    expect(result.gaps.map((g) => g.capacityCode)).toEqual(gaps);
  });
});

describe("weighted marks with per-bloc and overall thresholds", () => {
  const rule: PassRule = {
    kind: "weighted_marks",
    partialCredit: 0.5,
    blockThreshold: 50,
    blockThresholds: { B2: 75 },
    overallThreshold: 70,
  };
  it.each([
    // B1: 4 criteria of weight 1; B2: C3 weight 3 + C4 weight 1; overall weight 8.
    { case: "all acquired", scores: all(A), isPassed: true, b1: 100, b2: 100, overall: 100, gaps: [] },
    {
      case: "B2 main criterion partially",
      scores: { ...all(A), "C3.a": P },
      isPassed: false,
      b1: 100,
      b2: 62.5,
      overall: 81.25,
      gaps: ["C3"],
    },
    {
      case: "B2 minor criterion missing",
      scores: { ...all(A), "C4.a": N },
      isPassed: true,
      b1: 100,
      b2: 75,
      overall: 87.5,
      gaps: [],
    },
    {
      case: "every bloc at threshold but overall below",
      scores: { "C1.a": A, "C1.b": P, "C2.a": N, "C2.b": P, "C3.a": A, "C4.a": N },
      isPassed: false,
      b1: 50,
      b2: 75,
      overall: 62.5,
      gaps: ["C1", "C2", "C4"],
    },
  ])("$case → passed: $isPassed", ({ scores, isPassed, b1, b2, overall, gaps }) => {
    const result = evaluate(rule, scores);
    expect(result.isPassed).toBe(isPassed);
    expect(result.blocks.map((b) => b.score)).toEqual([b1, b2]);
    expect(result.overallScore).toBe(overall);
    expect(result.gaps.map((g) => g.capacityCode)).toEqual(gaps);
  });

  it("gives no credit for partially acquired criteria when partialCredit is 0", () => {
    const strict: PassRule = { ...rule, partialCredit: 0 };
    expect(evaluate(strict, { ...all(A), "C1.a": P }).blocks[0]!.score).toBe(75);
  });
});

describe("an empty referential", () => {
  it("never passes", () => {
    expect(evaluatePassRule([], { kind: "all_capacities" }, () => "acquired").isPassed).toBe(false);
  });
});

describe("validity of partial acquisitions", () => {
  it.each([
    { validity: { kind: "lifetime" as const }, acquiredOn: "2001-05-02", asOf: "2026-01-01", expected: true },
    {
      validity: { kind: "years" as const, years: 5 },
      acquiredOn: "2021-05-02",
      asOf: "2026-05-01",
      expected: true,
    },
    {
      validity: { kind: "years" as const, years: 5 },
      acquiredOn: "2021-05-02",
      asOf: "2026-05-02",
      expected: false,
    },
    {
      validity: { kind: "years" as const, years: 1 },
      acquiredOn: "2024-02-29",
      asOf: "2025-02-28",
      expected: true,
    },
  ])(
    "acquired $acquiredOn, $validity.kind $validity.years, on $asOf → $expected",
    ({ validity, acquiredOn, asOf, expected }) => {
      expect(isAcquisitionValid(acquiredOn, validity, asOf)).toBe(expected);
    },
  );
});
