import { describe, expect, it } from "vitest";
import { buildBlock, buildCapacity, buildCarriedCapacity, buildGapAnalysis } from "../../test/factories.ts";
import { bilanVerdict, buildBilan, capacityState, gapCapacities } from "./bilan.ts";

const blocks = [
  buildBlock({ capacities: [buildCapacity({ code: "C1" }), buildCapacity({ code: "C2" })] }),
  buildBlock({ code: "M1", title: "Module de la branche", capacities: [buildCapacity({ code: "MC1" })] }),
];

describe("buildBilan", () => {
  it("gives each bloc, capacity and criterion of the referential what the gap analysis says of it", () => {
    const analysis = buildGapAnalysis({
      blocks: [
        {
          code: "B1",
          isAcquired: false,
          score: 50,
          capacities: [
            { code: "C1", isAcquired: true, acquiredCriteria: 2, totalCriteria: 2 },
            { code: "C2", isAcquired: false, acquiredCriteria: 0, totalCriteria: 2 },
          ],
        },
      ],
      gaps: [{ blockCode: "B1", capacityCode: "C2" }],
      criteria: [
        { key: "C1/C1.1", score: "acquired", heldOn: "2026-10-01", hasExpired: false },
        { key: "C1/C1.2", score: "acquired", heldOn: "2026-10-01", hasExpired: false },
        { key: "C2/C2.1", score: "partially", heldOn: "2026-10-01", hasExpired: false },
        { key: "C2/C2.2", score: null, heldOn: null, hasExpired: true },
      ],
    });
    const [block, module] = buildBilan(blocks, ["M1"], analysis);
    expect(block).toMatchObject({
      code: "B1",
      isModule: false,
      isAcquired: false,
      isAssessed: true,
      score: 50,
    });
    expect(block!.capacities[0]).toMatchObject({
      code: "C1",
      isAcquired: true,
      isGap: false,
      acquiredCriteria: 2,
    });
    expect(block!.capacities[1]).toMatchObject({
      code: "C2",
      isAcquired: false,
      isGap: true,
      isAssessed: true,
    });
    expect(block!.capacities[1]!.criteria).toEqual([
      {
        code: "C2.1",
        indicator: "Premier résultat attendu",
        state: "partially",
        heldOn: "2026-10-01",
        hasExpired: false,
      },
      {
        code: "C2.2",
        indicator: "Second résultat attendu",
        state: "not_assessed",
        heldOn: null,
        hasExpired: true,
      },
    ]);
    // A bloc the analysis does not know yet reads as not acquired, nothing assessed.
    expect(module).toMatchObject({
      code: "M1",
      isModule: true,
      isAcquired: false,
      isAssessed: false,
      score: null,
    });
    expect(module!.capacities[0]).toMatchObject({ acquiredCriteria: 0, totalCriteria: 2, isAssessed: false });
    expect(module!.capacities[0]!.criteria.every((criterion) => criterion.state === "not_assessed")).toBe(
      true,
    );
  });
});

describe("buildBilan with capacities carried over from a certificate", () => {
  it("gives a carried-over capacity its source and reads it as acquired, not as not assessed", () => {
    const analysis = buildGapAnalysis({
      blocks: [
        {
          code: "B1",
          isAcquired: false,
          score: null,
          capacities: [{ code: "C1", isAcquired: true, acquiredCriteria: 2, totalCriteria: 2 }],
        },
      ],
      criteria: [
        { key: "C1/C1.1", score: "acquired", heldOn: null, hasExpired: false },
        { key: "C1/C1.2", score: "acquired", heldOn: null, hasExpired: false },
      ],
      carriedOver: [buildCarriedCapacity()],
    });
    const [block] = buildBilan(blocks, ["M1"], analysis);
    const [c1, c2] = block!.capacities;
    expect(c1!.carried).toEqual(buildCarriedCapacity());
    expect(capacityState(c1!)).toBe("acquired");
    expect(c2!.carried).toBeNull();
    expect(bilanVerdict(buildBilan(blocks, ["M1"], analysis), false).notAssessed.map((c) => c.code)).toEqual([
      "C2",
      "MC1",
    ]);
  });
});

describe("gapCapacities", () => {
  it("lists the gaps in the referential's order, with their titles", () => {
    expect(gapCapacities(blocks, ["MC1", "C1"])).toEqual([
      { code: "C1", title: "Capacité C1", blockCode: "B1" },
      { code: "MC1", title: "Capacité MC1", blockCode: "M1" },
    ]);
  });
});
