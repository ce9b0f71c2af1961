import { describe, expect, it } from "vitest";
import { t } from "../../test/factories.ts";
import type { BodyView, DecisionView } from "../governance/types.ts";
import { recognisingDecisionOptions } from "./recognising-decisions.ts";

const noVotes = { for: 0, against: 0, abstain: 0 };
const decision = (overrides: Partial<DecisionView>): DecisionView => ({
  id: 1,
  bodyId: 1,
  kind: "recognise_correspondence",
  decidedOn: "2013-03-21",
  title: "Reconnaissance des correspondances",
  qualificationCode: null,
  version: null,
  adhesionRequestId: null,
  branchCode: null,
  votes: { employer: { ...noVotes, for: 3 }, employee: noVotes },
  outcome: "adopted",
  documents: [],
  ...overrides,
});
const body = (id: number, name: string): BodyView => ({
  id,
  code: name.toUpperCase(),
  kind: "national_committee",
  name,
  branchCode: null,
  decisionCount: 1,
});

describe("the decisions a correspondence may cite", () => {
  it("are the adopted recognitions of every body, latest first, named by subject, body and date", () => {
    const options = recognisingDecisionOptions(
      [
        decision({ id: 1, title: "CEI et AE" }),
        decision({ id: 2, bodyId: 2, decidedOn: "2014-10-09", title: "CEI et CQP" }),
        decision({ id: 3, outcome: "rejected", title: "Rejetée" }),
        decision({ id: 4, kind: "accept_adhesion", title: "Adhésion" }),
      ],
      [body(1, "Comité CQPI"), body(2, "COC")],
      t,
      "fr",
    );
    expect(options).toEqual([
      { value: "2", label: "CEI et CQP — COC, 9 octobre 2014" },
      { value: "1", label: "CEI et AE — Comité CQPI, 21 mars 2013" },
    ]);
  });
});
