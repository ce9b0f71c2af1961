import type { CarriedCapacity, CriterionScore, GapAnalysis } from "./types.ts";

/** What the bilan needs of a referential: titles and wording of blocs, capacities and criteria. */
export interface BilanSourceBlock {
  code: string;
  title: string;
  capacities: { code: string; title: string; criteria: { code: string; indicator: string }[] }[];
}

/** Where a criterion stands: one of the evaluator's scores, or not assessed in any closed assessment yet. */
export type CriterionState = CriterionScore | "not_assessed";

export interface BilanCriterion {
  code: string;
  indicator: string;
  state: CriterionState;
  /** The day of the assessment that counts. */
  heldOn: string | null;
  /** Was acquired, longer ago than the referential's validity allows: to assess again. */
  hasExpired: boolean;
}

export interface BilanCapacity {
  code: string;
  title: string;
  isAcquired: boolean;
  isGap: boolean;
  /** Some criterion has a score in a closed assessment (or had one that expired). */
  isAssessed: boolean;
  acquiredCriteria: number;
  totalCriteria: number;
  criteria: BilanCriterion[];
  /** Carried over from a certificate when the pathway was opened (counting or no longer), with its source. */
  carried: CarriedCapacity | null;
}

export interface BilanBlock {
  code: string;
  title: string;
  /** A module complémentaire of the branch rather than a bloc of the CQPI. */
  isModule: boolean;
  isAcquired: boolean;
  /** Some capacity of the bloc has been assessed. */
  isAssessed: boolean;
  score: number | null;
  capacities: BilanCapacity[];
}

/** The key the gap analysis gives a criterion: unique in a pathway's referential. */
export const criterionKey = (capacityCode: string, criterionCode: string) =>
  `${capacityCode}/${criterionCode}`;

/**
 * The bilan de positionnement to show: the referential's titles and wording (from the pathway), with
 * what the gap analysis says of each bloc, capacity and criterion. Items the analysis does not know
 * (it lags behind a referential change) read as not assessed and not acquired.
 */
export function buildBilan(
  blocks: BilanSourceBlock[],
  moduleCodes: string[],
  analysis: GapAnalysis,
): BilanBlock[] {
  const criteria = new Map(analysis.criteria.map((item) => [item.key, item]));
  const gaps = new Set(analysis.gaps.map((gap) => gap.capacityCode));
  const carried = new Map(analysis.carriedOver.map((item) => [item.capacityCode, item]));
  return blocks.map((block) => {
    const blockResult = analysis.blocks.find((item) => item.code === block.code);
    const capacities = block.capacities.map((capacity): BilanCapacity => {
      const result = blockResult?.capacities.find((item) => item.code === capacity.code);
      const bilanCriteria = capacity.criteria.map((criterion) => {
        const status = criteria.get(criterionKey(capacity.code, criterion.code));
        return {
          code: criterion.code,
          indicator: criterion.indicator,
          state: status?.score ?? ("not_assessed" as const),
          heldOn: status?.heldOn ?? null,
          hasExpired: status?.hasExpired ?? false,
        };
      });
      return {
        code: capacity.code,
        title: capacity.title,
        isAcquired: result?.isAcquired ?? false,
        isGap: gaps.has(capacity.code),
        isAssessed: bilanCriteria.some((c) => c.state !== "not_assessed" || c.hasExpired),
        acquiredCriteria: result?.acquiredCriteria ?? 0,
        totalCriteria: result?.totalCriteria ?? capacity.criteria.length,
        criteria: bilanCriteria,
        carried: carried.get(capacity.code) ?? null,
      };
    });
    return {
      code: block.code,
      title: block.title,
      isModule: moduleCodes.includes(block.code),
      isAcquired: blockResult?.isAcquired ?? false,
      isAssessed: capacities.some((c) => c.isAssessed),
      score: blockResult?.score ?? null,
      capacities,
    };
  });
}

/** The capacities to train, in referential order, with their titles: "C2 — Poursuivre une production…". */
export function gapCapacities(blocks: BilanSourceBlock[], gapCodes: readonly string[]) {
  return blocks.flatMap((block) =>
    block.capacities
      .filter((capacity) => gapCodes.includes(capacity.code))
      .map((capacity) => ({ code: capacity.code, title: capacity.title, blockCode: block.code })),
  );
}

/**
 * Where a capacity stands, in the words the bilan uses: acquired; a gap (assessed, short of the pass
 * rule, to train); assessed but not acquired without being a gap (the bloc's rule is met otherwise);
 * or not assessed in any closed assessment yet — never called a gap.
 */
export type CapacityState = "acquired" | "gap" | "not_acquired" | "not_assessed";

export function capacityState(capacity: BilanCapacity): CapacityState {
  if (capacity.isAcquired) return "acquired";
  if (!capacity.isAssessed) return "not_assessed";
  return capacity.isGap ? "gap" : "not_acquired";
}

export interface BilanVerdict {
  /** No capacity has a result yet; at level; or not at level, with its gaps. */
  kind: "empty" | "at_level" | "gaps";
  /** The capacities to train: assessed, and short of the pass rule. */
  gaps: BilanCapacity[];
  /** The capacities nobody has assessed yet: still to assess, not to train. */
  notAssessed: BilanCapacity[];
}

/** What the bilan's heading says, read off the state of each capacity (see capacityState). */
export function bilanVerdict(bilan: BilanBlock[], isAtLevel: boolean): BilanVerdict {
  const capacities = bilan.flatMap((block) => block.capacities);
  const gaps = capacities.filter((c) => capacityState(c) === "gap");
  const notAssessed = capacities.filter((c) => capacityState(c) === "not_assessed");
  const kind = isAtLevel ? "at_level" : notAssessed.length === capacities.length ? "empty" : "gaps";
  return { kind, gaps, notAssessed };
}
