import { describe, expect, it } from "vitest";
import { buildBlock } from "../../../test/factories.ts";
import { toEditableBlocks } from "./editable-tree.ts";
import {
  followBlockCodes,
  toPassRule,
  toPassRuleDraft,
  toValidity,
  toValidityDraft,
  validateRules,
} from "./rules-draft.ts";

describe("pass rule drafts", () => {
  it("keep every kind's numbers, so that switching kinds and back loses nothing", () => {
    const draft = toPassRuleDraft({ kind: "criteria_percentage", minPercent: 70 });
    const weighted = toPassRule({ ...draft, kind: "weighted_marks", blockThresholds: { B1: 60, B2: "" } });
    expect(weighted).toEqual({
      kind: "weighted_marks",
      partialCredit: 0.5,
      blockThreshold: 50,
      blockThresholds: { B1: 60 },
      overallThreshold: 50,
    });
    expect(toPassRule({ ...draft, kind: "criteria_percentage", minPercent: "75" })).toEqual({
      kind: "criteria_percentage",
      minPercent: 75,
    });
    expect(toValidity({ ...toValidityDraft({ kind: "lifetime" }), kind: "years" })).toEqual({
      kind: "years",
      years: 5,
    });
  });

  it("are checked against the server's bounds", () => {
    const rule = {
      ...toPassRuleDraft({ kind: "all_capacities" }),
      kind: "weighted_marks" as const,
      partialCredit: 2,
    };
    expect(validateRules(rule, { kind: "years", years: 2.5 })).toEqual({
      "passRule.partialCredit": [{ key: "problem.atMost", values: { max: 1 } }],
      "validity.years": [{ key: "problem.integer" }],
    });
  });

  it("move a bloc's own threshold with its code, and drop it with the bloc", () => {
    const before = toEditableBlocks([buildBlock({ code: "B1" }), buildBlock({ code: "B2" })]);
    const after = [{ ...before[0]!, code: "B9" }];
    const rule = { ...toPassRuleDraft({ kind: "all_capacities" }), blockThresholds: { B1: 60, B2: 70 } };
    expect(followBlockCodes(rule, before, after).blockThresholds).toEqual({ B9: 60 });
    expect(followBlockCodes(rule, before, before)).toBe(rule);
  });
});
