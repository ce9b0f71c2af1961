import type { JuryCollege, JuryDecisionKind, JuryRulesInput, JurySeat, Presence } from "./schemas.ts";

/**
 * The paritaire jury's rules (BRIEF §3.7), pure and decided on facts handed in:
 * - composition: one president and one vice-president, from different colleges, the president from
 *   the college that presides in the session's year (the branch alternates yearly);
 * - attendance: a represented member names a present member of the same college as proxy; a holder
 *   carries one proxy at most;
 * - quorum: at least one member of each college present; with parity required, as many counted
 *   voices in each college;
 * - majority: a decision needs an absolute majority (more than half) of the base — the members
 *   present, or present and represented. A partial award acquires the blocs named by an absolute
 *   majority of the base among the partial-award votes. No majority, a tie included, leaves the
 *   decision to the branch's rule (deferral by default); nothing is guessed.
 */

export type JuryRules = JuryRulesInput;

export const defaultJuryRules: JuryRules = {
  evenYearPresidingCollege: "employer",
  requiresParity: false,
  majorityBase: "present",
  noMajorityOutcome: "deferral",
  appealDelayMonths: 2,
};

export const otherCollege = (college: JuryCollege): JuryCollege =>
  college === "employer" ? "employee" : "employer";

/** The college that presides the sessions held on that date (alternating each calendar year). */
export function presidingCollege(rules: JuryRules, sittingOn: string): JuryCollege {
  const year = Number(sittingOn.slice(0, 4));
  return year % 2 === 0 ? rules.evenYearPresidingCollege : otherCollege(rules.evenYearPresidingCollege);
}

export interface SeatedMember {
  userId: number;
  college: JuryCollege;
  seat: JurySeat;
}

export const compositionRefusals = [
  "MEMBER_LISTED_TWICE",
  "PRESIDENT_MISSING",
  "VICE_PRESIDENT_MISSING",
  "SEAT_TAKEN_TWICE",
  "PRESIDENT_AND_VICE_SAME_COLLEGE",
  "PRESIDENT_NOT_OF_PRESIDING_COLLEGE",
] as const;
export type CompositionRefusal = (typeof compositionRefusals)[number];

export function checkComposition(members: SeatedMember[], presiding: JuryCollege): CompositionRefusal | null {
  if (new Set(members.map((m) => m.userId)).size !== members.length) return "MEMBER_LISTED_TWICE";
  const presidents = members.filter((m) => m.seat === "president");
  const vices = members.filter((m) => m.seat === "vice_president");
  if (presidents.length === 0) return "PRESIDENT_MISSING";
  if (vices.length === 0) return "VICE_PRESIDENT_MISSING";
  if (presidents.length > 1 || vices.length > 1) return "SEAT_TAKEN_TWICE";
  if (presidents[0]!.college === vices[0]!.college) return "PRESIDENT_AND_VICE_SAME_COLLEGE";
  if (presidents[0]!.college !== presiding) return "PRESIDENT_NOT_OF_PRESIDING_COLLEGE";
  return null;
}

export interface AttendingMember {
  userId: number;
  college: JuryCollege;
  presence: Presence | null;
  proxyUserId: number | null;
}

export const attendanceRefusals = [
  "NOT_A_MEMBER",
  "PROXY_REQUIRED",
  "PROXY_ONLY_WHEN_REPRESENTED",
  "PROXY_HOLDER_NOT_PRESENT",
  "PROXY_OTHER_COLLEGE",
  "PROXY_HOLDER_HAS_TWO",
] as const;
export type AttendanceRefusal = (typeof attendanceRefusals)[number];

/** Checks the attendance of the whole session; the first refusal names the member at fault. */
export function checkAttendance(
  members: AttendingMember[],
): { refusal: AttendanceRefusal; userId: number } | null {
  const byId = new Map(members.map((m) => [m.userId, m]));
  const held = new Map<number, number>();
  for (const m of members) {
    if (m.presence !== "represented") {
      if (m.proxyUserId !== null) return { refusal: "PROXY_ONLY_WHEN_REPRESENTED", userId: m.userId };
      continue;
    }
    if (m.proxyUserId === null) return { refusal: "PROXY_REQUIRED", userId: m.userId };
    const holder = byId.get(m.proxyUserId);
    if (holder?.presence !== "present") return { refusal: "PROXY_HOLDER_NOT_PRESENT", userId: m.userId };
    if (holder.college !== m.college) return { refusal: "PROXY_OTHER_COLLEGE", userId: m.userId };
    if (held.has(holder.userId)) return { refusal: "PROXY_HOLDER_HAS_TWO", userId: m.userId };
    held.set(holder.userId, m.userId);
  }
  return null;
}

export const quorumShortfalls = [
  "ATTENDANCE_NOT_RECORDED",
  "NO_EMPLOYER_PRESENT",
  "NO_EMPLOYEE_PRESENT",
  "PARITY_NOT_MET",
] as const;
export type QuorumShortfall = (typeof quorumShortfalls)[number];

/** Whose votes count: present members, and represented ones when the branch counts proxies. */
export function votingMembers<M extends AttendingMember>(members: M[], rules: JuryRules): M[] {
  return members.filter(
    (m) =>
      m.presence === "present" ||
      (m.presence === "represented" && rules.majorityBase === "present_or_represented"),
  );
}

export function checkQuorum(
  members: AttendingMember[],
  rules: JuryRules,
): { hasQuorum: boolean; missing: QuorumShortfall[] } {
  if (members.every((m) => m.presence === null))
    return { hasQuorum: false, missing: ["ATTENDANCE_NOT_RECORDED"] };
  const missing: QuorumShortfall[] = [];
  const present = (college: JuryCollege) =>
    members.some((m) => m.college === college && m.presence === "present");
  if (!present("employer")) missing.push("NO_EMPLOYER_PRESENT");
  if (!present("employee")) missing.push("NO_EMPLOYEE_PRESENT");
  if (rules.requiresParity) {
    const voters = votingMembers(members, rules);
    const count = (college: JuryCollege) => voters.filter((m) => m.college === college).length;
    if (count("employer") !== count("employee")) missing.push("PARITY_NOT_MET");
  }
  return { hasQuorum: missing.length === 0, missing };
}

export interface BallotVote {
  decision: JuryDecisionKind;
  blockCodes: string[];
  motivation: string | null;
}

export const voteRefusals = [
  "MOTIVATION_REQUIRED",
  "BLOCKS_REQUIRED",
  "BLOCKS_ONLY_FOR_PARTIAL_AWARD",
  "BLOCK_UNKNOWN",
  "BLOCKS_ARE_ALL",
] as const;
export type VoteRefusal = (typeof voteRefusals)[number];

/** A vote's own consistency: motivation for anything but an award, known blocs for a partial award. */
export function checkBallot(vote: BallotVote, blockCodes: readonly string[]): VoteRefusal | null {
  if (vote.decision !== "award" && !vote.motivation) return "MOTIVATION_REQUIRED";
  if (vote.decision !== "partial_award")
    return vote.blockCodes.length > 0 ? "BLOCKS_ONLY_FOR_PARTIAL_AWARD" : null;
  if (vote.blockCodes.length === 0) return "BLOCKS_REQUIRED";
  if (vote.blockCodes.some((c) => !blockCodes.includes(c))) return "BLOCK_UNKNOWN";
  if (new Set(vote.blockCodes).size >= blockCodes.length) return "BLOCKS_ARE_ALL";
  return null;
}

/** More than half of the base. */
export const majorityNeeds = (base: number) => Math.floor(base / 2) + 1;

export type DeliberationOutcome =
  | { decision: JuryDecisionKind; blockCodes: string[]; isByDefaultRule: boolean }
  | { pending: "VOTES_MISSING" };

/**
 * The decision of a deliberation from its votes and the number of members whose votes count (the
 * base). A decision that reached the majority stands even if some have not voted yet; otherwise all
 * must have voted before the branch's rule decides.
 */
export function decideDeliberation(votes: BallotVote[], base: number, rules: JuryRules): DeliberationOutcome {
  const needs = majorityNeeds(base);
  const count = (d: JuryDecisionKind) => votes.filter((v) => v.decision === d).length;
  const winner = (["award", "partial_award", "refusal", "deferral"] as const).find((d) => count(d) >= needs);
  if (winner === "partial_award") {
    const blocks = acquiredBlocks(
      votes.filter((v) => v.decision === "partial_award"),
      needs,
    );
    if (blocks.length > 0) return { decision: winner, blockCodes: blocks, isByDefaultRule: false };
  } else if (winner) {
    return { decision: winner, blockCodes: [], isByDefaultRule: false };
  }
  if (votes.length < base) return { pending: "VOTES_MISSING" };
  return { decision: rules.noMajorityOutcome, blockCodes: [], isByDefaultRule: true };
}

/** The blocs named by at least `needs` of the partial-award votes, in the order first named. */
function acquiredBlocks(partialVotes: BallotVote[], needs: number): string[] {
  const named = new Map<string, number>();
  for (const v of partialVotes) for (const c of new Set(v.blockCodes)) named.set(c, (named.get(c) ?? 0) + 1);
  return [...named].filter(([, n]) => n >= needs).map(([c]) => c);
}

/** The last day an appeal may be lodged: the same day N months after the decision (or the month's last). */
export function appealDeadline(decidedOn: string, months: number): string {
  const [y, m, d] = decidedOn.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

export const appealRefusals = [
  "JURY_DECISION_NOT_FOUND",
  "NOTHING_TO_APPEAL",
  "APPEAL_ALREADY_LODGED",
  "APPEAL_DELAY_PASSED",
] as const;
export type AppealRefusal = (typeof appealRefusals)[number];

export interface AppealFacts {
  /** The decision in force on the pathway, if any. */
  decision: JuryDecisionKind | null;
  /** An appeal was already lodged against that decision. */
  isAppealed: boolean;
  /** The last day to appeal (appealDeadline of the decision), and the day it is. */
  appealUntil: string | null;
  today: string;
}

/**
 * Whether the candidate may appeal today: against a decision in force that is not a deferral (a
 * deferred candidate goes before a later session), once, until the branch's delay has run out.
 */
export function checkAppeal(f: AppealFacts): AppealRefusal | null {
  if (!f.decision) return "JURY_DECISION_NOT_FOUND";
  if (f.decision === "deferral") return "NOTHING_TO_APPEAL";
  if (f.isAppealed) return "APPEAL_ALREADY_LODGED";
  if (f.appealUntil !== null && f.today > f.appealUntil) return "APPEAL_DELAY_PASSED";
  return null;
}

const noVotes = () => ({ award: 0, partial_award: 0, refusal: 0, deferral: 0 });

/** The votes counted per college and in total, with what the majority needs, as the minutes show them. */
export function tallyVotes(votes: (BallotVote & { college: JuryCollege })[], base: number) {
  const tally = {
    employer: noVotes(),
    employee: noVotes(),
    total: noVotes(),
    majorityNeeds: majorityNeeds(base),
    base,
  };
  for (const v of votes) {
    tally[v.college][v.decision]++;
    tally.total[v.decision]++;
  }
  return tally;
}
