import type { AssessmentMethod, Block, Capacity, PassRule } from "../referentials/schemas.ts";

/**
 * Small builders for the demo referentials (demo data, see demo-referentials.ts): they number the
 * criteria of a capacity ("C1.1", "C1.2"…) and fill the fields that are the same everywhere.
 */

/** A criterion's "résultat attendu", or [weight, résultat] for the weighted-marks pass rule. */
export type CriterionSpec = string | [weight: number, indicator: string];

export const capacity = (
  code: string,
  title: string,
  conditions: string,
  methods: AssessmentMethod[],
  criteria: CriterionSpec[],
): Capacity => ({
  code,
  title,
  conditions,
  methods,
  criteria: criteria.map((spec, i) => {
    const [weight, indicator] = typeof spec === "string" ? [1, spec] : spec;
    return { code: `${code}.${i + 1}`, indicator, weight };
  }),
});

export const block = (code: string, title: string, capacities: Capacity[]): Block => ({
  code,
  title,
  rncpCode: null,
  capacities,
});

/** The rule of the sales CQPIs: weighted marks, 60 % per bloc and 70 % overall. */
export const salesPassRule: PassRule = {
  kind: "weighted_marks",
  partialCredit: 0.5,
  blockThreshold: 60,
  blockThresholds: {},
  overallThreshold: 70,
};
