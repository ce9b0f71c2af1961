import type {
  AttendanceRefusal,
  CompositionRefusal,
  VoteRefusal,
} from "../../../../src/modules/jury/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";

/*
 * The sentences of the jury rules' refusals, by the server's code: the forms say them beside the field
 * when they catch the problem first, and the platform's one refusal table (lib/error-messages.ts)
 * says them when the server does.
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
