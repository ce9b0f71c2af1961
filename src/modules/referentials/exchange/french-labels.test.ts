import { describe, expect, it } from "vitest";
import { describePassRule, describeValidity } from "./french-labels.ts";

describe("French labels", () => {
  it("say each pass rule in words, with French numbers", () => {
    expect(describePassRule({ kind: "all_capacities" })).toBe(
      "Toutes les capacités professionnelles doivent être acquises.",
    );
    expect(describePassRule({ kind: "criteria_percentage", minPercent: 80 })).toBe(
      "Au moins 80\u00a0% des résultats attendus doivent être acquis dans chaque bloc de compétences.",
    );
    const weighted = describePassRule({
      kind: "weighted_marks",
      partialCredit: 0.5,
      blockThreshold: 50,
      blockThresholds: { B2: 62.5 },
      overallThreshold: 60,
    });
    expect(weighted).toContain("partiellement acquis 0,5");
    expect(weighted).toContain(
      "au moins 50\u00a0% (B2\u00a0: 62,5\u00a0%) et l'ensemble au moins 60\u00a0%.",
    );
  });

  it("say the validity of partial acquisitions", () => {
    expect(describeValidity({ kind: "lifetime" })).toContain("sans limite de durée");
    expect(describeValidity({ kind: "years", years: 1 })).toContain("pendant 1 an.");
    expect(describeValidity({ kind: "years", years: 5 })).toContain("pendant 5 ans.");
  });
});
