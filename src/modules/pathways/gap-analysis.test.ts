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
