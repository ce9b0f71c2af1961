import { describe, expect, it } from "vitest";
import { buildBlock, buildCapacity, buildPathway } from "../../test/factories.ts";
import { capacitiesToAssess } from "./capacities-to-assess.ts";

const referential = {
  passRule: { kind: "all_capacities" } as const,
  validity: { kind: "lifetime" } as const,
  moduleCodes: [],
  blocks: [
    buildBlock({
      capacities: [
        buildCapacity({ code: "C1", methods: ["observation", "interview"] }),
        buildCapacity({ code: "C2", methods: ["observation"] }),
        buildCapacity({ code: "C3", methods: ["booklet", "interview"] }),
      ],
    }),
  ],
};

describe("capacitiesToAssess", () => {
  it("offers what the method assesses in the positioning, those already acquired not ticked", () => {
    const pathway = buildPathway({ referential, acquiredCapacities: ["C1"], gaps: [] });
    expect(capacitiesToAssess(pathway, "observation")).toEqual([
      { code: "C1", title: "Capacité C1", isSuggested: false, note: "assessment.capacityAcquired" },
      { code: "C2", title: "Capacité C2", isSuggested: true, note: null },
    ]);
  });

  it("keeps the second evaluation to the gaps, and the interview to what is not validated", () => {
    const gaps = [
      { blockCode: "B1", capacityCode: "C1" },
      { blockCode: "B1", capacityCode: "C3" },
    ];
    const reassessment = buildPathway({
      referential,
      status: "reassessment",
      acquiredCapacities: ["C2"],
      gaps,
    });
    expect(capacitiesToAssess(reassessment, "observation").map((option) => option.code)).toEqual(["C1"]);
    const positioning = buildPathway({ referential, acquiredCapacities: ["C1"], gaps });
    expect(capacitiesToAssess(positioning, "interview").map((option) => option.code)).toEqual(["C3"]);
  });
});
