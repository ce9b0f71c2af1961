import type { Block, Capacity, Criterion, PassRule, Validity } from "./schemas.ts";

/** How an evaluator judges one criterion; the pass rule counts `partially` as the rule says. */
export const criterionScores = ["acquired", "partially", "not_acquired"] as const;
export type CriterionScore = (typeof criterionScores)[number];

export interface CapacityResult {
  code: string;
  /** A capacity is acquired when every one of its criteria is. */
  isAcquired: boolean;
  acquiredCriteria: number;
  totalCriteria: number;
}

export interface BlockResult {
  code: string;
  isAcquired: boolean;
  /** Percentage used by the rule: acquired criteria (criteria_percentage) or weighted marks (weighted_marks). */
  score: number | null;
  capacities: CapacityResult[];
}

export interface PassRuleResult {
  isPassed: boolean;
  overallScore: number | null;
  blocks: BlockResult[];
  /** Capacities still to acquire for the award: what a training plan and a second evaluation target. */
  gaps: { blockCode: string; capacityCode: string }[];
}

export type ScoreOf = (criterion: Criterion, capacity: Capacity, block: Block) => CriterionScore | undefined;

const percentage = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;

/**
 * Applies a referential's pass rule to the scores of its criteria (a missing score counts as not
 * acquired). The single place where "à niveau" is decided; the pathway work calls it for the bilan
 * de positionnement and for the jury's synthesis.
 */
export function evaluatePassRule(blocks: Block[], rule: PassRule, scoreOf: ScoreOf): PassRuleResult {
  const credit = (score: CriterionScore | undefined) =>
    score === "acquired"
      ? 1
      : score === "partially" && rule.kind === "weighted_marks"
        ? rule.partialCredit
        : 0;
  let overallWeight = 0;
  let overallMarks = 0;

  const results = blocks.map((block): BlockResult => {
    let blockWeight = 0;
    let blockMarks = 0;
    let acquired = 0;
    let total = 0;
    const capacities = block.capacities.map((capacity): CapacityResult => {
      const scores = capacity.criteria.map((criterion) => scoreOf(criterion, capacity, block));
      const acquiredCriteria = scores.filter((s) => s === "acquired").length;
      for (const [i, criterion] of capacity.criteria.entries()) {
        blockWeight += criterion.weight;
        blockMarks += criterion.weight * credit(scores[i]);
      }
      acquired += acquiredCriteria;
      total += capacity.criteria.length;
      return {
        code: capacity.code,
        isAcquired: capacity.criteria.length > 0 && acquiredCriteria === capacity.criteria.length,
        acquiredCriteria,
        totalCriteria: capacity.criteria.length,
      };
    });
    overallWeight += blockWeight;
    overallMarks += blockMarks;
    const { isAcquired, score } = judgeBlock(rule, block.code, {
      capacities,
      acquired,
      total,
      marks: blockMarks,
      weight: blockWeight,
    });
    return { code: block.code, isAcquired, score, capacities };
  });

  const overallScore = rule.kind === "weighted_marks" ? percentage(overallMarks, overallWeight) : null;
  const isPassed =
    results.length > 0 &&
    results.every((b) => b.isAcquired) &&
    (rule.kind !== "weighted_marks" || (overallScore ?? 0) >= rule.overallThreshold);
  return { isPassed, overallScore, blocks: results, gaps: isPassed ? [] : gapsOf(results) };
}

/** Whether a bloc is acquired under the rule, and the percentage the rule judges it by. */
function judgeBlock(
  rule: PassRule,
  code: string,
  tally: { capacities: CapacityResult[]; acquired: number; total: number; marks: number; weight: number },
): { isAcquired: boolean; score: number | null } {
  switch (rule.kind) {
    case "all_capacities":
      return { isAcquired: tally.capacities.every((c) => c.isAcquired), score: null };
    case "criteria_percentage": {
      const score = percentage(tally.acquired, tally.total);
      return { isAcquired: tally.total > 0 && score >= rule.minPercent, score };
    }
    case "weighted_marks": {
      const score = percentage(tally.marks, tally.weight);
      return {
        isAcquired: tally.weight > 0 && score >= (rule.blockThresholds[code] ?? rule.blockThreshold),
        score,
      };
    }
  }
}

/**
 * The capacities to train: those not acquired in the blocs that fail. When every bloc passes but the
 * overall threshold does not, every capacity not yet acquired is a gap.
 */
function gapsOf(blocks: BlockResult[]) {
  const failing = blocks.filter((b) => !b.isAcquired);
  return (failing.length > 0 ? failing : blocks).flatMap((b) =>
    b.capacities.filter((c) => !c.isAcquired).map((c) => ({ blockCode: b.code, capacityCode: c.code })),
  );
}

/** Whether a capacity acquired on `acquiredOn` (YYYY-MM-DD) still counts on `asOf`. */
export function isAcquisitionValid(acquiredOn: string, validity: Validity, asOf: string): boolean {
  if (validity.kind === "lifetime") return true;
  const [year, month, day] = acquiredOn.split("-").map(Number) as [number, number, number];
  const expiry = new Date(Date.UTC(year + validity.years, month - 1, day)).toISOString().slice(0, 10);
  return asOf < expiry;
}
