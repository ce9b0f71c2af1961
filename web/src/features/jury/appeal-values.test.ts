import { describe, expect, it } from "vitest";
import { appealAbility } from "./appeal-values.ts";
import type { PathwayJuryView } from "./types.ts";

const decision = {
  id: 7,
  sessionId: 1,
  sittingOn: "2026-03-02",
  pathwayId: 3,
  decision: "refusal" as const,
  blockCodes: [],
  motivation: "Insuffisant",
  decidedOn: "2026-03-02",
  isByDefaultRule: false,
  correctsDecisionId: null,
  appealId: null,
};
const jury: PathwayJuryView = { decision, appeals: [], appealUntil: "2026-05-02" };
const appeal = {
  id: 1,
  pathwayId: 3,
  decisionId: 7,
  grounds: "x",
  lodgedAt: "2026-03-03T10:00:00Z",
  status: "lodged" as const,
  answer: null,
  answeredAt: null,
  newDecisionId: null,
};

describe("appealAbility", () => {
  it.each([
    ["candidate", jury, "2026-04-01", { kind: "open", until: "2026-05-02" }],
    [
      "candidate",
      jury,
      "2026-05-03",
      { kind: "refused", reason: "appeal.refused.delayPassed", until: "2026-05-02" },
    ],
    [
      "candidate",
      { ...jury, appeals: [appeal] },
      "2026-04-01",
      { kind: "refused", reason: "error.appealAlreadyLodged", until: "2026-05-02" },
    ],
    [
      "candidate",
      { ...jury, decision: { ...decision, decision: "deferral" as const }, appealUntil: null },
      "2026-04-01",
      { kind: "refused", reason: "error.nothingToAppeal", until: null },
    ],
    ["candidate", { ...jury, decision: null }, "2026-04-01", { kind: "hidden" }],
    ["employer", jury, "2026-04-01", { kind: "hidden" }],
    ["branch_officer", jury, "2026-04-01", { kind: "hidden" }],
  ] as const)("%s, %o on %s", (role, view, today, ability) => {
    expect(appealAbility(role, view as PathwayJuryView, today)).toEqual(ability);
  });
});
