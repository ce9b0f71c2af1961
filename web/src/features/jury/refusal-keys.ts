import type {
  AttendanceRefusal,
  CompositionRefusal,
  VoteRefusal,
} from "../../../../src/modules/jury/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";

/*
 * The jury's refusals in the reader's language, by the server's error code: the forms say the same
 * sentence beside the field when they catch the problem first.
 */

export const compositionRefusalKeys: Record<CompositionRefusal, MessageKey> = {
  MEMBER_LISTED_TWICE: "members.problem.duplicate",
  PRESIDENT_MISSING: "members.problem.presidentMissing",
  VICE_PRESIDENT_MISSING: "members.problem.vicePresidentMissing",
  SEAT_TAKEN_TWICE: "members.problem.seatTakenTwice",
  PRESIDENT_AND_VICE_SAME_COLLEGE: "members.problem.sameCollege",
  PRESIDENT_NOT_OF_PRESIDING_COLLEGE: "members.problem.presidingCollege",
};

export const attendanceRefusalKeys: Record<AttendanceRefusal, MessageKey> = {
  NOT_A_MEMBER: "attendance.problem.notAMember",
  PROXY_REQUIRED: "attendance.problem.proxy",
  PROXY_ONLY_WHEN_REPRESENTED: "attendance.problem.proxyOnlyWhenRepresented",
  PROXY_HOLDER_NOT_PRESENT: "attendance.problem.proxyAbsent",
  PROXY_OTHER_COLLEGE: "attendance.problem.proxyOtherCollege",
  PROXY_HOLDER_HAS_TWO: "attendance.problem.secondProxy",
};

export const ballotRefusalKeys: Record<VoteRefusal, MessageKey> = {
  MOTIVATION_REQUIRED: "vote.problem.motivation",
  BLOCKS_REQUIRED: "vote.problem.blocks",
  BLOCKS_ONLY_FOR_PARTIAL_AWARD: "vote.problem.blocksOnlyForPartial",
  BLOCK_UNKNOWN: "vote.problem.blockUnknown",
  BLOCKS_ARE_ALL: "vote.problem.blocksAreAll",
};

export const juryRefusalKeys: Record<string, MessageKey> = {
  ...compositionRefusalKeys,
  ...attendanceRefusalKeys,
  ...ballotRefusalKeys,
  JURY_SESSION_LOCKED: "error.sessionLocked",
  JURY_SESSION_ALREADY_SITTING: "error.sessionAlreadySitting",
  JURY_SESSION_CHANGED: "error.sessionChanged",
  JURY_SESSION_HAS_DELIBERATED: "error.sessionHasDeliberated",
  NOT_A_JURY_ACCOUNT: "error.notAJuryAccount",
  PATHWAY_NOT_READY_FOR_JURY: "error.pathwayNotReadyForJury",
  PATHWAY_OF_ANOTHER_BRANCH: "error.pathwayOfAnotherBranch",
  PATHWAY_ALREADY_ON_AN_AGENDA: "error.pathwayOnAnotherAgenda",
  QUORUM_NOT_MET: "error.quorumNotMet",
  NOT_A_PRESENT_MEMBER: "error.notPresentMember",
  NO_SUCH_PROXY: "error.noSuchProxy",
  ALREADY_VOTED: "error.alreadyVoted",
  DELIBERATION_CLOSED: "error.deliberationClosed",
  VOTES_MISSING: "error.votesMissing",
  NOT_THE_PRESIDENT: "error.notThePresident",
  DELIBERATIONS_STILL_OPEN: "error.deliberationsStillOpen",
  MINUTES_NOT_READY: "error.minutesNotReady",
  APPEAL_DELAY_PASSED: "error.appealDelayPassed",
  APPEAL_ALREADY_LODGED: "error.appealAlreadyLodged",
  APPEAL_ALREADY_ANSWERED: "error.appealAlreadyAnswered",
  NOTHING_TO_APPEAL: "error.nothingToAppeal",
};
