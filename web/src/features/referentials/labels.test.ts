import { describe, expect, it } from "vitest";
import { t } from "../../test/factories.ts";
import { describeDiffField, describeDiffLabel, describeDiffValue } from "./diff-values.ts";
import { describePassRule, describeValidity } from "./labels.ts";

describe("rules in words", () => {
  it("say each pass rule and validity in one French sentence, numbers in the French format", () => {
    expect(describePassRule({ kind: "criteria_percentage", minPercent: 80 }, t, "fr")).toBe(
      "Au moins 80 % des critères acquis dans chaque bloc.",
    );
    expect(
      describePassRule(
        {
          kind: "weighted_marks",
          partialCredit: 0.5,
          blockThreshold: 50,
          blockThresholds: { B2: 60 },
          overallThreshold: 55,
        },
        t,
        "fr",
      ),
    ).toBe(
      "Notes pondérées : un critère partiellement acquis compte pour 0,5 ; chaque bloc doit atteindre 50 % (sauf B2 : 60 %) et l'ensemble 55 %.",
    );
    expect(describeValidity({ kind: "years", years: 1 }, t)).toBe("Les capacités acquises le restent 1 an.");
  });
});

describe("diff values in words", () => {
  const capacity = { kind: "capacity" as const, path: "B1 › C1", label: "Préparer" };
  const rule = { kind: "rule" as const, path: "validity", label: "validity" };

  it("names methods, formats numbers, reads the rules' JSON, and shows nothing as a dash", () => {
    expect(describeDiffValue(capacity, "methods", "observation, interview", t, "fr")).toBe(
      "Observation en situation de travail, Entretien",
    );
    expect(describeDiffValue(capacity, "weight", 1.5, t, "fr")).toBe("1,5");
    expect(describeDiffValue(rule, "value", '{"kind":"lifetime"}', t, "fr")).toBe(
      "Les capacités acquises le restent à vie.",
    );
    expect(describeDiffValue(capacity, "title", null, t, "fr")).toBe("—");
    expect(describeDiffField("indicator", t)).toBe("Résultat attendu");
    expect(describeDiffLabel(rule, t)).toBe("Validité des acquis partiels");
  });
});
