import { describe, expect, it } from "vitest";
import {
  type AdhesionStatus,
  type DecisionVotes,
  decisionOutcome,
  mayDecide,
  nextAdhesionStatus,
  type ParitaireOpinion,
} from "./rules.ts";

const votes = (employer: [number, number, number], employee: [number, number, number]): DecisionVotes => ({
  employer: { for: employer[0], against: employer[1], abstain: employer[2] },
  employee: { for: employee[0], against: employee[1], abstain: employee[2] },
});

describe("decisionOutcome", () => {
  it.each([
    ["both colleges in favour", votes([5, 0, 0], [4, 1, 0]), "adopted"],
    ["one college opposed", votes([5, 0, 0], [2, 3, 0]), "rejected"],
    ["a tie in one college", votes([5, 0, 0], [2, 2, 1]), "rejected"],
    ["one college absent, the other in favour", votes([3, 1, 0], [0, 0, 0]), "adopted"],
    ["a college only abstaining blocks", votes([3, 0, 0], [0, 0, 4]), "rejected"],
    ["nobody voted", votes([0, 0, 0], [0, 0, 0]), "rejected"],
  ] as const)("%s → %s", (_, given, expected) => {
    expect(decisionOutcome(given)).toBe(expected);
  });
});

describe("mayDecide", () => {
  it("keeps adhesions to the national committee and lets any body decide the rest", () => {
    expect(mayDecide("national_committee", "accept_adhesion")).toBe(true);
    expect(mayDecide("coc", "accept_adhesion")).toBe(false);
    expect(mayDecide("cpne", "accept_adhesion")).toBe(false);
    expect(mayDecide("coc", "create_qualification")).toBe(true);
    expect(mayDecide("cpne", "recognise_correspondence")).toBe(true);
  });
});

describe("nextAdhesionStatus", () => {
  const favourable: ParitaireOpinion = { employer: "favourable", employee: "favourable" };
  const split: ParitaireOpinion = { employer: "favourable", employee: "unfavourable" };
  it.each<[AdhesionStatus, Parameters<typeof nextAdhesionStatus>[1], ParitaireOpinion | null, unknown]>([
    ["requested", { kind: "record_opinion" }, null, { to: "opinion_recorded" }],
    [
      "opinion_recorded",
      { kind: "record_opinion" },
      favourable,
      { refusal: "ADHESION_NOT_AWAITING_OPINION" },
    ],
    ["accepted", { kind: "record_opinion" }, favourable, { refusal: "ADHESION_NOT_AWAITING_OPINION" }],
    ["opinion_recorded", { kind: "decide", outcome: "adopted" }, favourable, { to: "accepted" }],
    ["opinion_recorded", { kind: "decide", outcome: "rejected" }, favourable, { to: "refused" }],
    [
      "opinion_recorded",
      { kind: "decide", outcome: "adopted" },
      split,
      { refusal: "ADHESION_OPINION_NOT_FAVOURABLE" },
    ],
    ["opinion_recorded", { kind: "decide", outcome: "rejected" }, split, { to: "refused" }],
    [
      "requested",
      { kind: "decide", outcome: "adopted" },
      null,
      { refusal: "ADHESION_NOT_AWAITING_DECISION" },
    ],
    [
      "accepted",
      { kind: "decide", outcome: "adopted" },
      favourable,
      { refusal: "ADHESION_NOT_AWAITING_DECISION" },
    ],
    [
      "refused",
      { kind: "decide", outcome: "rejected" },
      split,
      { refusal: "ADHESION_NOT_AWAITING_DECISION" },
    ],
  ])("%s on %j with opinion %j → %j", (from, event, opinion, expected) => {
    expect(nextAdhesionStatus(from, event, opinion)).toEqual(expected);
  });
});
