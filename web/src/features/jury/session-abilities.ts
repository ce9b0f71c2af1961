import { decideDeliberation, votingMembers } from "../../../../src/modules/jury/rules.ts";
import type { AgendaItemView, JuryMember, JurySessionDetail } from "./types.ts";

/*
 * What the session page offers the caller, from the `viewer` the server computed (its role in the
 * session) and the session's state. The server still decides each request: this keeps out of sight
 * the buttons that could only be refused.
 */

type Session = Pick<JurySessionDetail, "status" | "viewer" | "agenda" | "quorum">;

const isOpen = (session: Pick<JurySessionDetail, "status">) =>
  session.status === "planned" || session.status === "in_progress";

const isPresident = (session: Session) => session.viewer.seat === "president";

/** The secretariat composes the jury and its agenda before the session sits (attendance fixes them). */
export const canEditComposition = (session: Session): boolean =>
  session.viewer.canManage && session.status === "planned";

/** Attendance is recorded by the secretariat or by the president, before the session is locked. */
export const canRecordAttendance = (session: Session): boolean =>
  (session.viewer.canManage || isPresident(session)) && isOpen(session);

/** A session is cancelled before it deliberates: no vote cast on any candidate. */
export const canCancel = (session: Session): boolean =>
  session.viewer.canManage && isOpen(session) && session.agenda.every((item) => item.votes.length === 0);

/** The secretariat or the president closes a session held, once every deliberation is closed. */
export const canCloseSession = (session: Session): boolean =>
  (session.viewer.canManage || isPresident(session)) &&
  session.status === "in_progress" &&
  session.agenda.every((item) => item.deliberation === "closed");

/** The president (or the secretariat) closes a candidate's deliberation while the session is held. */
export const canCloseDeliberation = (session: Session, item: AgendaItemView): boolean =>
  (session.viewer.canManage || isPresident(session)) &&
  session.status === "in_progress" &&
  item.deliberation === "open";

/**
 * Why closing the deliberation would be refused now, by the server's own rule on the votes cast (no
 * decision has the majority and members have not all voted), or null: the button waits, with the reason.
 */
export function deliberationCloseRefusal(
  session: Pick<JurySessionDetail, "members" | "rules">,
  item: Pick<AgendaItemView, "votes">,
): "VOTES_MISSING" | null {
  const base = votingMembers(session.members, session.rules).length;
  const outcome = decideDeliberation(item.votes, base, session.rules);
  return "pending" in outcome ? outcome.pending : null;
}

/** Someone whose vote the caller casts on a candidate: themself, or the member whose proxy they hold. */
export interface Voter {
  userId: number;
  displayName: string;
  isProxy: boolean;
  /** The vote already cast for this voter on this candidate, if any. */
  vote: AgendaItemView["votes"][number] | null;
}

/** The caller votes for themself when present, and for the member whose proxy they hold. */
export function votersOf(session: Session & { members: JuryMember[] }, item: AgendaItemView, userId: number) {
  const voters: Voter[] = [];
  const voteOf = (memberUserId: number) =>
    item.votes.find((vote) => vote.memberUserId === memberUserId) ?? null;
  const self = session.members.find((member) => member.userId === userId);
  if (self && session.viewer.presence === "present")
    voters.push({ userId, displayName: self.displayName, isProxy: false, vote: voteOf(userId) });
  const represented = session.members.find((member) => member.userId === session.viewer.proxyFor);
  if (represented)
    voters.push({
      userId: represented.userId,
      displayName: represented.displayName,
      isProxy: true,
      vote: voteOf(represented.userId),
    });
  return voters;
}

/** Votes are taken while the session is held with its quorum and the deliberation is open. */
export const isVotingOpen = (session: Session, item: AgendaItemView): boolean =>
  session.status === "in_progress" && session.quorum.hasQuorum && item.deliberation === "open";
