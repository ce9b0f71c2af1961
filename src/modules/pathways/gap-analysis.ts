import {
  type CriterionScore,
  evaluatePassRule,
  isAcquisitionValid,
  type PassRuleResult,
} from "../referentials/pass-rule.ts";
import type { Block, PassRule, Validity } from "../referentials/schemas.ts";

/** One score given to one criterion in one closed assessment. */
export interface ScoreRecord {
  /** `${capacityCode}/${criterionCode}`: unique in a pathway's referential (CQPI version + branch modules). */
  criterionKey: string;
  score: CriterionScore;
  /** The day of the assessment (YYYY-MM-DD). */
  heldOn: string;
}

export interface CriterionStatus {
  key: string;
  score: CriterionScore | null;
  heldOn: string | null;
  /** Was acquired, but longer ago than the referential's validity allows. */
  hasExpired: boolean;
}

export interface GapAnalysis extends PassRuleResult {
  /** "À niveau": the pass rule is met; the pathway may go to the jury. */
  isAtLevel: boolean;
  criteria: CriterionStatus[];
}

export const criterionKey = (capacityCode: string, criterionCode: string) =>
  `${capacityCode}/${criterionCode}`;

/**
 * The bilan de positionnement: what each criterion stands at after all closed assessments, judged by
 * the referential's pass rule. A criterion once acquired stays acquired (even if a later sitting says
 * otherwise) for as long as the validity allows; otherwise its latest score counts. Every criterion of
 * a capacity carried over from a certificate counts as acquired (undated), whatever was scored.
 */
export function computeGapAnalysis(input: {
  blocks: Block[];
  passRule: PassRule;
  validity: Validity;
  records: ScoreRecord[];
  asOf: string;
  /** Capacity codes carried over from a certificate and still counted. */
  carriedOver?: ReadonlySet<string>;
}): GapAnalysis {
  const byKey = new Map<string, ScoreRecord[]>();
  for (const record of input.records)
    byKey.set(record.criterionKey, [...(byKey.get(record.criterionKey) ?? []), record]);

  const statuses = new Map<string, CriterionStatus>();
  for (const block of input.blocks) {
    for (const capacity of block.capacities) {
      for (const criterion of capacity.criteria) {
        const key = criterionKey(capacity.code, criterion.code);
        if (input.carriedOver?.has(capacity.code)) {
          statuses.set(key, { key, score: "acquired", heldOn: null, hasExpired: false });
          continue;
        }
        const records = [...(byKey.get(key) ?? [])].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
        const acquired = records.filter((r) => r.score === "acquired");
        const stillValid = acquired
          .filter((r) => isAcquisitionValid(r.heldOn, input.validity, input.asOf))
          .at(-1);
        const latest = records.at(-1);
        const hasExpired = !stillValid && acquired.length > 0;
        const counted =
          stillValid ?? (latest && !(latest.score === "acquired" && hasExpired) ? latest : undefined);
        statuses.set(key, {
          key,
          score: counted?.score ?? null,
          heldOn: counted?.heldOn ?? null,
          hasExpired,
        });
      }
    }
  }
  const result = evaluatePassRule(
    input.blocks,
    input.passRule,
    (criterion, capacity) => statuses.get(criterionKey(capacity.code, criterion.code))?.score ?? undefined,
  );
  return { ...result, isAtLevel: result.isPassed, criteria: [...statuses.values()] };
}
