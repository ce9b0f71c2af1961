import { AppError, type ErrorKind, fieldError, validationFailedOn } from "../../server/errors.ts";
import {
  type AttendanceRefusal,
  attendanceRefusals,
  type CompositionRefusal,
  compositionRefusals,
  type QuorumShortfall,
  type VoteRefusal,
  voteRefusals,
} from "./rules.ts";

const invalidEach = <Code extends string>(codes: readonly Code[]) =>
  Object.fromEntries(codes.map((code) => [code, "invalid"])) as Record<Code, "invalid">;

/** The refusal codes of the jury module with their kinds; the rules' refusals among them. */
export const juryErrors = {
  JURY_SESSION_NOT_FOUND: "not_found",
  NOT_YOUR_BRANCH: "forbidden",
  JURY_SESSION_LOCKED: "conflict",
  JURY_SESSION_ALREADY_SITTING: "conflict",
  JURY_SESSION_CHANGED: "conflict",
  ...invalidEach(compositionRefusals),
  NOT_A_JURY_ACCOUNT: "invalid",
  ...invalidEach(attendanceRefusals),
  PATHWAY_NOT_READY_FOR_JURY: "conflict",
  PATHWAY_OF_ANOTHER_BRANCH: "conflict",
  PATHWAY_ALREADY_ON_AN_AGENDA: "conflict",
  AGENDA_ITEM_NOT_FOUND: "not_found",
  QUORUM_NOT_MET: "conflict",
  NOT_A_PRESENT_MEMBER: "forbidden",
  NO_SUCH_PROXY: "forbidden",
  ALREADY_VOTED: "conflict",
  DELIBERATION_CLOSED: "conflict",
  ...invalidEach(voteRefusals),
  VOTES_MISSING: "conflict",
  NOT_THE_PRESIDENT: "forbidden",
  DELIBERATIONS_STILL_OPEN: "conflict",
  JURY_SESSION_HAS_DELIBERATED: "conflict",
  MINUTES_NOT_READY: "conflict",
  JURY_DECISION_NOT_FOUND: "not_found",
  APPEAL_DELAY_PASSED: "conflict",
  APPEAL_ALREADY_LODGED: "conflict",
  APPEAL_NOT_FOUND: "not_found",
  APPEAL_ALREADY_ANSWERED: "conflict",
  NOTHING_TO_APPEAL: "conflict",
  ATTENDANCE_FIXED_BY_VOTES: "conflict",
  JURY_DECISION_SUPERSEDED: "conflict",
  JURY_SESSION_NOT_CLOSED: "conflict",
  APPEAL_PENDING: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the jury module: the rules' refusals name the field at fault with their own code. */
export const juryFieldCodes = [
  ...compositionRefusals,
  ...attendanceRefusals,
  ...voteRefusals,
  /** `{userId}`: the account named as a member is not a jury member's. */
  "NOT_A_JURY_ACCOUNT",
  /** `{pathwayId}`: the pathway is not ready for the jury (or already decided). */
  "NOT_READY_FOR_JURY",
  /** `{pathwayId}`: the pathway belongs to another branch than the session's. */
  "OF_ANOTHER_BRANCH",
  /** `{pathwayId}`: the pathway is on another open session's agenda. */
  "ON_ANOTHER_AGENDA",
  /** The caller holds no proxy that counts for this member. */
  "NO_COUNTED_PROXY",
  /** A session sits somewhere: a place or a video link. */
  "PLACE_OR_VIDEO_LINK",
  /** An upheld appeal carries the new decision. */
  "DECISION_REQUIRED",
] as const;

/** Unknown, or a session the caller does not sit in or manage (never revealed as existing). */
export const jurySessionNotFound = () =>
  new AppError("not_found", "JURY_SESSION_NOT_FOUND", "No such jury session");

/** The branch officer may only run the juries of their own branch(es). */
export const notYourBranch = () =>
  new AppError("forbidden", "NOT_YOUR_BRANCH", "You may only run the juries of your own branch");

/** Closed and cancelled sessions are locked: nothing in them changes (corrections are new decisions). */
export const sessionLocked = (status: string) =>
  new AppError("conflict", "JURY_SESSION_LOCKED", `The session is ${status}: nothing in it may change`, {
    params: { status },
  });

/** Members, agenda and place are set before the session sits; once attendance is taken they stay. */
export const sessionAlreadySitting = () =>
  new AppError(
    "conflict",
    "JURY_SESSION_ALREADY_SITTING",
    "The session has started: its composition is fixed",
  );

/** Someone changed the session since it was read; nothing was written. */
export const sessionChanged = () =>
  new AppError("conflict", "JURY_SESSION_CHANGED", "The session was changed by someone else; reload it");

const compositionMessages: Record<CompositionRefusal, string> = {
  MEMBER_LISTED_TWICE: "A member is listed twice",
  PRESIDENT_MISSING: "Name a president",
  VICE_PRESIDENT_MISSING: "Name a vice-president",
  SEAT_TAKEN_TWICE: "There is one president and one vice-president",
  PRESIDENT_AND_VICE_SAME_COLLEGE: "The president and the vice-president must come from different colleges",
  PRESIDENT_NOT_OF_PRESIDING_COLLEGE: "This year the president comes from the other college",
};

/** The composition breaks a rule of rules.ts; the code says which. */
export const compositionRefused = (refusal: CompositionRefusal) =>
  new AppError("invalid", refusal, compositionMessages[refusal], {
    fields: { members: fieldError(refusal, compositionMessages[refusal]) },
  });

/** A member must hold an account of role jury_member. */
export const notAJuryAccount = (userId: number) =>
  new AppError("invalid", "NOT_A_JURY_ACCOUNT", `User ${userId} is not a jury member account`, {
    params: { userId },
    fields: {
      members: fieldError("NOT_A_JURY_ACCOUNT", `user ${userId} is not a jury member account`, { userId }),
    },
  });

const attendanceMessages: Record<AttendanceRefusal, string> = {
  NOT_A_MEMBER: "is not a member of this session",
  PROXY_REQUIRED: "a represented member names the member who holds their proxy",
  PROXY_ONLY_WHEN_REPRESENTED: "only a represented member gives a proxy",
  PROXY_HOLDER_NOT_PRESENT: "the proxy holder must be a member present at the session",
  PROXY_OTHER_COLLEGE: "the proxy holder must be of the same college",
  PROXY_HOLDER_HAS_TWO: "a member holds one proxy at most",
};

/** Attendance breaks a rule of rules.ts; the code says which and `fields` names the member. */
export const attendanceRefused = (refusal: AttendanceRefusal, userId: number) =>
  new AppError("invalid", refusal, `Member ${userId}: ${attendanceMessages[refusal]}`, {
    params: { member: userId },
    fields: {
      attendance: fieldError(refusal, `${userId}: ${attendanceMessages[refusal]}`, { member: userId }),
    },
  });

/** The pathway is not ready for the jury (or already decided): it cannot be put on an agenda. */
export const pathwayNotReadyForJury = (pathwayId: number) =>
  new AppError("conflict", "PATHWAY_NOT_READY_FOR_JURY", `Pathway ${pathwayId} is not ready for the jury`, {
    params: { pathwayId },
    fields: {
      pathwayIds: fieldError("NOT_READY_FOR_JURY", `${pathwayId} is not ready for the jury`, { pathwayId }),
    },
  });

/** A session deliberates on pathways of its own branch only. */
export const pathwayOfAnotherBranch = (pathwayId: number) =>
  new AppError("conflict", "PATHWAY_OF_ANOTHER_BRANCH", `Pathway ${pathwayId} belongs to another branch`, {
    params: { pathwayId },
    fields: {
      pathwayIds: fieldError("OF_ANOTHER_BRANCH", `${pathwayId} belongs to another branch`, { pathwayId }),
    },
  });

/** One open session at a time per pathway. */
export const pathwayOnAnotherAgenda = (pathwayId: number) =>
  new AppError(
    "conflict",
    "PATHWAY_ALREADY_ON_AN_AGENDA",
    `Pathway ${pathwayId} is on an open session's agenda`,
    {
      params: { pathwayId },
      fields: {
        pathwayIds: fieldError("ON_ANOTHER_AGENDA", `${pathwayId} is already on an open agenda`, {
          pathwayId,
        }),
      },
    },
  );

export const agendaItemNotFound = () =>
  new AppError("not_found", "AGENDA_ITEM_NOT_FOUND", "This pathway is not on the session's agenda");

/** Voting needs the quorum; `params.missing` lists what is missing. */
export const quorumNotMet = (missing: QuorumShortfall[]) =>
  new AppError("conflict", "QUORUM_NOT_MET", `The quorum is not met: ${missing.join(", ")}`, {
    params: { missing },
  });

/** Only a member present at the session votes (for themselves, or with a proxy for one other). */
export const notAPresentMember = () =>
  new AppError("forbidden", "NOT_A_PRESENT_MEMBER", "Only a member present at this session may vote");

/** The caller holds no proxy of that member, or proxies do not count under the branch's majority rule. */
export const noSuchProxy = () =>
  new AppError("forbidden", "NO_SUCH_PROXY", "You do not hold a proxy that counts for this member", {
    fields: { onBehalfOf: fieldError("NO_COUNTED_PROXY", "you hold no counted proxy for this member") },
  });

export const alreadyVoted = () =>
  new AppError("conflict", "ALREADY_VOTED", "This member has already voted on this candidate");

export const deliberationClosed = () =>
  new AppError("conflict", "DELIBERATION_CLOSED", "The deliberation on this candidate is closed");

const voteMessages: Record<VoteRefusal, [string, string]> = {
  MOTIVATION_REQUIRED: ["motivation", "required for anything but a full award"],
  BLOCKS_REQUIRED: ["blockCodes", "a partial award names the blocs acquired"],
  BLOCKS_ONLY_FOR_PARTIAL_AWARD: ["blockCodes", "only a partial award names blocs"],
  BLOCK_UNKNOWN: ["blockCodes", "names a bloc this pathway does not have"],
  BLOCKS_ARE_ALL: ["blockCodes", "every bloc acquired is a full award"],
};

/** A vote (or a decision given again) inconsistent in itself; `fields` names the field. */
export const ballotRefused = (refusal: VoteRefusal) => {
  const [field, message] = voteMessages[refusal];
  return new AppError("invalid", refusal, `${field}: ${message}`, {
    fields: { [field]: fieldError(refusal, message) },
  });
};

/** No decision has the majority yet and some members have not voted: closing now would guess. */
export const votesMissing = () =>
  new AppError(
    "conflict",
    "VOTES_MISSING",
    "No decision has the majority yet and some members have not voted",
  );

/** The president (or the secretariat) closes deliberations and records attendance. */
export const notThePresident = () =>
  new AppError("forbidden", "NOT_THE_PRESIDENT", "Only the president or the branch secretariat may do this");

export const deliberationsStillOpen = () =>
  new AppError("conflict", "DELIBERATIONS_STILL_OPEN", "Close the deliberation on every candidate first");

/** A session that has deliberated (a vote cast) cannot be cancelled any more. */
export const sessionHasDeliberated = () =>
  new AppError(
    "conflict",
    "JURY_SESSION_HAS_DELIBERATED",
    "Votes have been cast: the session cannot be cancelled",
  );

/** The minutes exist once the session is closed. */
export const minutesNotReady = () =>
  new AppError("conflict", "MINUTES_NOT_READY", "The minutes are produced when the session is closed");

export const decisionNotFound = () =>
  new AppError("not_found", "JURY_DECISION_NOT_FOUND", "No jury decision on this pathway");

/** A correction (or an upheld appeal) replaces the decision in force only; another replaced it first. */
export const decisionSuperseded = () =>
  new AppError(
    "conflict",
    "JURY_DECISION_SUPERSEDED",
    "This decision is no longer the one in force: another decision replaced it",
  );

/**
 * What waits for a session's closing — correcting one of its decisions, issuing its certificates — is
 * refused before: until then the session itself may still change its decisions.
 */
export const sessionNotClosed = (status: string) =>
  new AppError(
    "conflict",
    "JURY_SESSION_NOT_CLOSED",
    `The jury session is ${status}: this waits for its closing`,
    { params: { status } },
  );

/** While an appeal against the decision awaits its answer, the answer is what may change it. */
export const appealPending = () =>
  new AppError(
    "conflict",
    "APPEAL_PENDING",
    "An appeal against this decision awaits its answer: answer the appeal instead",
  );

/** An appeal is lodged within the branch's delay after the decision. */
export const appealDelayPassed = (until: string) =>
  new AppError("conflict", "APPEAL_DELAY_PASSED", `Appeals were possible until ${until}`, {
    params: { until },
  });

export const appealAlreadyLodged = () =>
  new AppError("conflict", "APPEAL_ALREADY_LODGED", "An appeal against this decision was already lodged");

export const appealNotFound = () => new AppError("not_found", "APPEAL_NOT_FOUND", "No such appeal");

export const appealAlreadyAnswered = () =>
  new AppError("conflict", "APPEAL_ALREADY_ANSWERED", "This appeal has already been answered");

/** A deferral leaves nothing to appeal: the candidate goes before a later session. */
export const nothingToAppeal = () =>
  new AppError("conflict", "NOTHING_TO_APPEAL", "A deferral is not a decision one appeals against");

/** The attendance made the quorum of the votes already cast: it no longer changes. */
export const attendanceFixed = () =>
  new AppError(
    "conflict",
    "ATTENDANCE_FIXED_BY_VOTES",
    "Votes have been cast: the attendance no longer changes",
  );

/** A session sits somewhere: rescheduling may not take away both its place and its video link. */
export const placeRequired = () =>
  validationFailedOn("place", fieldError("PLACE_OR_VIDEO_LINK", "give a place or a video link"));
