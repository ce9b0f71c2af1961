import { describe, expect, it } from "vitest";
import {
  type DecisionValues,
  decisionKindsOf,
  decisionProblems,
  emptyDecision,
  outcomeOf,
  toDecisionInput,
} from "./decision-values.ts";

const decision = (changes: Partial<DecisionValues>): DecisionValues => ({
  ...emptyDecision(),
  kind: "recognise_correspondence",
  decidedOn: "2026-02-10",
  title: "Correspondances entre CQPI industriels",
  ...changes,
});

const votes = (employerFor: number | string, employerAgainst: number | string) => ({
  employer: { for: employerFor, against: employerAgainst, abstain: 0 },
  employee: { for: 4, against: 1, abstain: "" },
});

describe("decisionKindsOf", () => {
  it("offers adhesions to the national committee only", () => {
    expect(decisionKindsOf("national_committee")).toContain("accept_adhesion");
    expect(decisionKindsOf("cpne")).not.toContain("accept_adhesion");
    expect(decisionKindsOf("coc")).toEqual([
      "create_qualification",
      "retire_qualification",
      "validate_version",
      "publish_version",
      "recognise_correspondence",
    ]);
  });
});

describe("decisionProblems", () => {
  it.each<[string, DecisionValues, ReturnType<typeof decisionProblems>]>([
    ["a recognition of correspondences names nothing more", decision({}), {}],
    [
      "nothing typed",
      emptyDecision(),
      { kind: "form.required", decidedOn: "form.required", title: "form.required" },
    ],
    ["a blank title", decision({ title: "  " }), { title: "form.required" }],
    [
      "a version's publication without its CQPI nor version",
      decision({ kind: "publish_version" }),
      { qualificationCode: "form.required", version: "form.required" },
    ],
    [
      "a version's validation without its version",
      decision({ kind: "validate_version", qualificationCode: "CEI" }),
      { version: "form.required" },
    ],
    [
      "an adhesion without its request",
      decision({ kind: "accept_adhesion" }),
      { adhesionRequestId: "form.required" },
    ],
    ["an adhesion with its request", decision({ kind: "accept_adhesion", adhesionRequestId: 3 }), {}],
  ])("%s", (_, values, expected) => {
    expect(decisionProblems(values)).toEqual(expected);
  });
});

describe("outcomeOf", () => {
  it("follows the server's rule: each college that voted has more for than against", () => {
    expect(outcomeOf(decision({ votes: votes(5, 0) }))).toBe("adopted");
    expect(outcomeOf(decision({ votes: votes(2, 2) }))).toBe("rejected");
    expect(outcomeOf(decision({}))).toBe("rejected");
  });
});

describe("toDecisionInput", () => {
  it("sends the subject the kind names only, counts as numbers and the cited versions", () => {
    const values = decision({
      kind: "create_qualification",
      title: "  Création du CQPI CEI ",
      qualificationCode: "CEI",
      version: "2",
      adhesionRequestId: 9,
      votes: votes("5", ""),
      documentVersionIds: [12, 14],
    });
    expect(toDecisionInput(values)).toEqual({
      kind: "create_qualification",
      decidedOn: "2026-02-10",
      title: "Création du CQPI CEI",
      qualificationCode: "CEI",
      version: null,
      adhesionRequestId: null,
      votes: { employer: { for: 5, against: 0, abstain: 0 }, employee: { for: 4, against: 1, abstain: 0 } },
      documentVersionIds: [12, 14],
    });
    expect(toDecisionInput({ ...values, kind: "publish_version" })).toMatchObject({
      qualificationCode: "CEI",
      version: 2,
    });
  });
});
