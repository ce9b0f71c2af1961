import { describe, expect, it } from "vitest";
import type { CriterionScore } from "../referentials/pass-rule.ts";
import type { Block, PassRule, Validity } from "../referentials/schemas.ts";
import { computeGapAnalysis, type ScoreRecord } from "./gap-analysis.ts";

const capacity = (code: string, criteria: string[], weight = 1) => ({
  code,
  title: code,
  conditions: "",
  methods: ["observation" as const],
  criteria: criteria.map((c) => ({ code: c, indicator: c, weight })),
});
/** B1: C1 (a, b), C2 (a); B2: C3 (a, b); module M1: M1.C1 (a). */
const blocks: Block[] = [
  {
    code: "B1",
    title: "B1",
    rncpCode: null,
    capacities: [capacity("C1", ["a", "b"]), capacity("C2", ["a"])],
  },
  { code: "B2", title: "B2", rncpCode: null, capacities: [capacity("C3", ["a", "b"], 2)] },
  { code: "M1", title: "Module", rncpCode: null, capacities: [capacity("M1.C1", ["a"])] },
];
const every = ["C1/a", "C1/b", "C2/a", "C3/a", "C3/b", "M1.C1/a"];
const scored = (keys: string[], score: CriterionScore, heldOn = "2026-01-10"): ScoreRecord[] =>
  keys.map((criterionKey) => ({ criterionKey, score, heldOn }));
const lifetime: Validity = { kind: "lifetime" };
const analyse = (
  records: ScoreRecord[],
  passRule: PassRule = { kind: "all_capacities" },
  validity: Validity = lifetime,
  asOf = "2026-02-01",
) => computeGapAnalysis({ blocks, passRule, validity, records, asOf });

describe("gap analysis", () => {
  it("is à niveau when every criterion, branch modules included, is acquired", () => {
    expect(analyse(scored(every, "acquired"))).toMatchObject({ isAtLevel: true, gaps: [] });
  });

  it("counts capacities carried over from a certificate as acquired, undated, whatever was scored on them", () => {
    const carriedOver = new Set(["C1", "C2", "C3"]);
    const records = [...scored(["C1/a"], "not_acquired"), ...scored(["M1.C1/a"], "acquired")];
    const result = computeGapAnalysis({
      blocks,
      passRule: { kind: "criteria_percentage", minPercent: 100 },
      validity: lifetime,
      records,
      asOf: "2026-02-01",
      carriedOver,
    });
    expect(result).toMatchObject({ isAtLevel: true, gaps: [] });
    expect(result.criteria).toContainEqual({
      key: "C1/a",
      score: "acquired",
      heldOn: null,
      hasExpired: false,
    });
    expect(analyse(records).gaps.map((g) => g.capacityCode)).toEqual(["C1", "C2", "C3"]);
  });

  it("lists the module's capacity as a gap when only the CQPI's own capacities are acquired", () => {
    const result = analyse(scored(every.slice(0, 5), "acquired"));
    expect(result.isAtLevel).toBe(false);
    expect(result.gaps).toEqual([{ blockCode: "M1", capacityCode: "M1.C1" }]);
  });

  it("counts a partial acquisition as a gap under the default rule, and as half under weighted marks", () => {
    const records = [
      ...scored(["C1/a", "C1/b", "C2/a", "C3/a", "M1.C1/a"], "acquired"),
      ...scored(["C3/b"], "partially"),
    ];
    expect(analyse(records).gaps).toEqual([{ blockCode: "B2", capacityCode: "C3" }]);
    const weighted: PassRule = {
      kind: "weighted_marks",
      partialCredit: 0.5,
      blockThreshold: 70,
      blockThresholds: {},
      overallThreshold: 80,
    };
    const result = analyse(records, weighted);
    expect(result.blocks.find((b) => b.code === "B2")!.score).toBe(75);
    expect(result.isAtLevel).toBe(true);
  });

  it("keeps what was acquired at the first sitting when the second covers only the gaps", () => {
    const first = [
      ...scored(
        every.filter((k) => k !== "C2/a"),
        "acquired",
        "2026-01-10",
      ),
      ...scored(["C2/a"], "not_acquired", "2026-01-10"),
    ];
    const second = scored(["C2/a"], "acquired", "2026-03-02");
    expect(analyse(first).gaps).toEqual([{ blockCode: "B1", capacityCode: "C2" }]);
    expect(analyse([...first, ...second], undefined, lifetime, "2026-03-03").isAtLevel).toBe(true);
  });

  it("keeps an acquired criterion even if a later sitting scores it lower", () => {
    const records = [
      ...scored(every, "acquired", "2026-01-10"),
      ...scored(["C1/a"], "not_acquired", "2026-03-02"),
    ];
    expect(analyse(records, undefined, lifetime, "2026-03-03")).toMatchObject({ isAtLevel: true });
  });

  it("drops acquisitions older than the validity, and says which expired", () => {
    const validity: Validity = { kind: "years", years: 2 };
    const old = [
      ...scored(["C1/a", "C1/b"], "acquired", "2023-01-10"),
      ...scored(every.slice(2), "acquired", "2025-06-01"),
    ];
    const result = analyse(old, undefined, validity, "2026-02-01");
    expect(result.gaps).toEqual([{ blockCode: "B1", capacityCode: "C1" }]);
    expect(result.criteria.filter((c) => c.hasExpired).map((c) => c.key)).toEqual(["C1/a", "C1/b"]);
    expect(result.criteria.find((c) => c.key === "C1/a")).toMatchObject({ score: null });
  });

  it("reports unscored criteria as null and not at level", () => {
    const result = analyse([]);
    expect(result.isAtLevel).toBe(false);
    expect(result.criteria.every((c) => c.score === null && !c.hasExpired)).toBe(true);
    expect(result.gaps).toHaveLength(4);
  });
});

describe("gap analysis for each kind of pass rule", () => {
  const rules: Record<string, PassRule> = {
    all: { kind: "all_capacities" },
    percent: { kind: "criteria_percentage", minPercent: 60 },
    weighted: {
      kind: "weighted_marks",
      partialCredit: 0.5,
      blockThreshold: 70,
      blockThresholds: {},
      overallThreshold: 80,
    },
  };
  const allBut = (keys: string[]) =>
    scored(
      every.filter((k) => !keys.includes(k)),
      "acquired",
    );
  const twoYears: Validity = { kind: "years", years: 2 };
  // B1 = C1 (a, b), C2 (a), weight 1 each; B2 = C3 (a, b), weight 2 each; M1 = M1.C1 (a).
  const situations = {
    "every criterion acquired": { records: scored(every, "acquired"), validity: lifetime },
    "C3/b partially acquired": {
      records: [...allBut(["C3/b"]), ...scored(["C3/b"], "partially")],
      validity: lifetime,
    },
    "C1/b not acquired": {
      records: [...allBut(["C1/b"]), ...scored(["C1/b"], "not_acquired")],
      validity: lifetime,
    },
    "C2/a acquired longer ago than the validity": {
      records: [...allBut(["C2/a"]), ...scored(["C2/a"], "acquired", "2023-01-10")],
      validity: twoYears,
    },
    "C2/a acquired within the validity": {
      records: [...allBut(["C2/a"]), ...scored(["C2/a"], "acquired", "2024-03-01")],
      validity: twoYears,
    },
  };
  type Situation = keyof typeof situations;
  const cases: [Situation, keyof typeof rules, { isAtLevel: boolean; gaps: string[] }][] = [
    ["every criterion acquired", "all", { isAtLevel: true, gaps: [] }],
    ["every criterion acquired", "percent", { isAtLevel: true, gaps: [] }],
    ["every criterion acquired", "weighted", { isAtLevel: true, gaps: [] }],
    // B2 has 1 of 2 criteria (50 %), or marks 2 + 1 of 4 (75 %; overall 7 of 8 = 87.5 %).
    ["C3/b partially acquired", "all", { isAtLevel: false, gaps: ["C3"] }],
    ["C3/b partially acquired", "percent", { isAtLevel: false, gaps: ["C3"] }],
    ["C3/b partially acquired", "weighted", { isAtLevel: true, gaps: [] }],
    // B1 has 2 of 3 criteria: 66.67 %, above 60 but under 70.
    ["C1/b not acquired", "all", { isAtLevel: false, gaps: ["C1"] }],
    ["C1/b not acquired", "percent", { isAtLevel: true, gaps: [] }],
    ["C1/b not acquired", "weighted", { isAtLevel: false, gaps: ["C1"] }],
    ["C2/a acquired longer ago than the validity", "all", { isAtLevel: false, gaps: ["C2"] }],
    ["C2/a acquired longer ago than the validity", "percent", { isAtLevel: true, gaps: [] }],
    ["C2/a acquired longer ago than the validity", "weighted", { isAtLevel: false, gaps: ["C2"] }],
    ["C2/a acquired within the validity", "all", { isAtLevel: true, gaps: [] }],
    ["C2/a acquired within the validity", "percent", { isAtLevel: true, gaps: [] }],
    ["C2/a acquired within the validity", "weighted", { isAtLevel: true, gaps: [] }],
  ];

  it.each(cases)("%s, rule %s → %o", (situation, rule, expected) => {
    const { records, validity } = situations[situation];
    const result = analyse(records, rules[rule], validity);
    expect({ isAtLevel: result.isAtLevel, gaps: result.gaps.map((g) => g.capacityCode) }).toEqual(expected);
  });
});
