import { describe, expect, it } from "vitest";
import { buildAgendaItem, buildJurySession } from "../../test/factories.ts";
import {
  canCancel,
  canCloseDeliberation,
  canCloseSession,
  canEditComposition,
  canRecordAttendance,
  deliberationCloseRefusal,
  isVotingOpen,
  votersOf,
} from "./session-abilities.ts";
import type { JuryViewer } from "./types.ts";

const secretariat: JuryViewer = { canManage: true, seat: null, presence: null, proxyFor: null };
const president: JuryViewer = { canManage: false, seat: "president", presence: "present", proxyFor: null };
const member: JuryViewer = { canManage: false, seat: "member", presence: "present", proxyFor: null };
const vote = {
  memberUserId: 6,
  castByUserId: 6,
  college: "employee" as const,
  decision: "award" as const,
  blockCodes: [],
  motivation: null,
  castAt: "2026-12-10T10:00:00.000Z",
};

describe("what the session page offers", () => {
  it.each([
    ["the secretariat, planned", secretariat, "planned", [true, true, true, false]],
    ["the secretariat, in progress", secretariat, "in_progress", [false, true, true, true]],
    ["the secretariat, closed", secretariat, "closed", [false, false, false, false]],
    ["the president, in progress", president, "in_progress", [false, true, false, true]],
    ["a member, in progress", member, "in_progress", [false, false, false, false]],
  ] as const)("%s", (_, viewer, status, [compose, attendance, cancel, closeDeliberation]) => {
    const session = buildJurySession({ viewer, status });
    expect(canEditComposition(session)).toBe(compose);
    expect(canRecordAttendance(session)).toBe(attendance);
    expect(canCancel(session)).toBe(cancel);
    expect(canCloseDeliberation(session, session.agenda[0]!)).toBe(closeDeliberation);
  });

  it("no longer offers to cancel once a vote is cast", () => {
    const session = buildJurySession({ viewer: secretariat, agenda: [buildAgendaItem({ votes: [vote] })] });
    expect(canCancel(session)).toBe(false);
  });

  it("offers to close the session once every deliberation is closed", () => {
    const open = buildJurySession({
      viewer: president,
      agenda: [buildAgendaItem({ deliberation: "closed" }), buildAgendaItem({ pathwayId: 2 })],
    });
    expect(canCloseSession(open)).toBe(false);
    const decided = buildJurySession({
      viewer: president,
      agenda: [buildAgendaItem({ deliberation: "closed" })],
    });
    expect(canCloseSession(decided)).toBe(true);
    expect(canCloseSession({ ...decided, viewer: member })).toBe(false);
  });

  it("opens the vote only with the quorum, while the session is held and the deliberation open", () => {
    const item = buildAgendaItem();
    expect(isVotingOpen(buildJurySession(), item)).toBe(true);
    expect(
      isVotingOpen(
        buildJurySession({ quorum: { hasQuorum: false, missing: ["NO_EMPLOYEE_PRESENT"] } }),
        item,
      ),
    ).toBe(false);
    expect(isVotingOpen(buildJurySession({ status: "planned" }), item)).toBe(false);
    expect(isVotingOpen(buildJurySession(), buildAgendaItem({ deliberation: "closed" }))).toBe(false);
  });
});

describe("votersOf", () => {
  it("is the member present, with the vote they already cast", () => {
    const session = buildJurySession({ viewer: { ...member, presence: "present" } });
    const item = buildAgendaItem({ votes: [vote] });
    expect(votersOf(session, item, 6)).toEqual([
      { userId: 6, displayName: "Nadia Collège salariés", isProxy: false, vote },
    ]);
    expect(votersOf(session, item, 5)).toEqual([
      { userId: 5, displayName: "Marc Collège employeurs", isProxy: false, vote: null },
    ]);
  });

  it("adds the member whose proxy the caller holds, and nobody for a member not present", () => {
    const session = buildJurySession({ viewer: { ...member, proxyFor: 6 } });
    expect(votersOf(session, buildAgendaItem(), 5).map((voter) => [voter.userId, voter.isProxy])).toEqual([
      [5, false],
      [6, true],
    ]);
    const absent = buildJurySession({ viewer: { ...member, presence: "absent" } });
    expect(votersOf(absent, buildAgendaItem(), 5)).toEqual([]);
  });
});

describe("closing a deliberation", () => {
  const cast = (memberUserId: number, decision: "award" | "refusal") => ({
    ...vote,
    memberUserId,
    castByUserId: memberUserId,
    decision,
  });

  it("waits, with the reason, while no decision has the majority and members have not all voted", () => {
    const session = buildJurySession();
    expect(deliberationCloseRefusal(session, buildAgendaItem())).toBe("VOTES_MISSING");
    expect(deliberationCloseRefusal(session, buildAgendaItem({ votes: [cast(5, "award")] }))).toBe(
      "VOTES_MISSING",
    );
  });

  it("may close once a decision has the majority, or everyone has voted (the branch's rule decides a tie)", () => {
    const session = buildJurySession();
    const majority = buildAgendaItem({ votes: [cast(5, "award"), cast(6, "award")] });
    expect(deliberationCloseRefusal(session, majority)).toBeNull();
    const tie = buildAgendaItem({ votes: [cast(5, "award"), cast(6, "refusal")] });
    expect(deliberationCloseRefusal(session, tie)).toBeNull();
  });
});
