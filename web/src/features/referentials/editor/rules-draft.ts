import type { PassRule, PassRuleKind, Validity } from "../types.ts";
import { type EditableBlock, toNumber } from "./editable-tree.ts";
import { checkNumber, type TreeErrors } from "./tree-errors.ts";

/** A number input's value: a string while it is being typed. */
type NumberField = number | string;

/**
 * The pass rule as the editor holds it: the numbers of every kind are kept, so that switching
 * from one kind to another and back loses nothing.
 */
export interface PassRuleDraft {
  kind: PassRuleKind;
  minPercent: NumberField;
  partialCredit: NumberField;
  blockThreshold: NumberField;
  overallThreshold: NumberField;
  /** By bloc code; an empty value means "the default bloc threshold". */
  blockThresholds: Record<string, NumberField>;
}

export interface ValidityDraft {
  kind: Validity["kind"];
  years: NumberField;
}

const defaults = { minPercent: 80, partialCredit: 0.5, blockThreshold: 50, overallThreshold: 50, years: 5 };

export function toPassRuleDraft(rule: PassRule): PassRuleDraft {
  return {
    minPercent: defaults.minPercent,
    partialCredit: defaults.partialCredit,
    blockThreshold: defaults.blockThreshold,
    overallThreshold: defaults.overallThreshold,
    blockThresholds: {},
    ...rule,
  };
}

export function toPassRule(draft: PassRuleDraft): PassRule {
  switch (draft.kind) {
    case "all_capacities":
      return { kind: "all_capacities" };
    case "criteria_percentage":
      return { kind: "criteria_percentage", minPercent: toNumber(draft.minPercent) };
    case "weighted_marks":
      return {
        kind: "weighted_marks",
        partialCredit: toNumber(draft.partialCredit),
        blockThreshold: toNumber(draft.blockThreshold),
        blockThresholds: Object.fromEntries(
          Object.entries(draft.blockThresholds)
            .filter(([, value]) => value !== "")
            .map(([code, value]) => [code, toNumber(value)]),
        ),
        overallThreshold: toNumber(draft.overallThreshold),
      };
  }
}

export const toValidityDraft = (validity: Validity): ValidityDraft => ({
  years: defaults.years,
  ...validity,
});

export const toValidity = (draft: ValidityDraft): Validity =>
  draft.kind === "lifetime" ? { kind: "lifetime" } : { kind: "years", years: toNumber(draft.years) };

/** The server's bounds on the rules, checked before sending; messages keyed like the server's. */
export function validateRules(passRule: PassRuleDraft, validity: ValidityDraft): TreeErrors {
  const errors: TreeErrors = {};
  if (passRule.kind === "criteria_percentage")
    checkNumber(errors, "passRule.minPercent", passRule.minPercent, { min: 1, max: 100 });
  if (passRule.kind === "weighted_marks") {
    checkNumber(errors, "passRule.partialCredit", passRule.partialCredit, { min: 0, max: 1 });
    checkNumber(errors, "passRule.blockThreshold", passRule.blockThreshold, { min: 0, max: 100 });
    checkNumber(errors, "passRule.overallThreshold", passRule.overallThreshold, { min: 0, max: 100 });
    for (const [code, value] of Object.entries(passRule.blockThresholds)) {
      if (value !== "") checkNumber(errors, `passRule.blockThresholds.${code}`, value, { min: 0, max: 100 });
    }
  }
  if (validity.kind === "years")
    checkNumber(errors, "validity.years", validity.years, { min: 1, max: 50, isInteger: true });
  return errors;
}

/**
 * Per-bloc thresholds follow their bloc: renamed with its code, dropped with it. Blocs are matched
 * by their editor key, which a code change does not alter.
 */
export function followBlockCodes(
  rule: PassRuleDraft,
  before: EditableBlock[],
  after: EditableBlock[],
): PassRuleDraft {
  const codeByKey = new Map(after.map((block) => [block.key, block.code.trim()]));
  const thresholds: Record<string, NumberField> = {};
  for (const block of before) {
    const value = rule.blockThresholds[block.code.trim()];
    const newCode = codeByKey.get(block.key);
    if (value !== undefined && newCode) thresholds[newCode] = value;
  }
  const isSame = JSON.stringify(thresholds) === JSON.stringify(rule.blockThresholds);
  return isSame ? rule : { ...rule, blockThresholds: thresholds };
}
