import type { MessageKey } from "../../lib/i18n/index.tsx";
import type {
  AppealView,
  JuryCollege,
  JuryDecisionKind,
  JurySeat,
  JurySessionStatus,
  Presence,
} from "./types.ts";

export const sessionStatusKeys: Record<JurySessionStatus, MessageKey> = {
  planned: "jurySessionStatus.planned",
  in_progress: "jurySessionStatus.in_progress",
  closed: "jurySessionStatus.closed",
  cancelled: "jurySessionStatus.cancelled",
};

export const sessionStatusTones = {
  planned: "neutral",
  in_progress: "warning",
  closed: "positive",
  cancelled: "negative",
} as const satisfies Record<JurySessionStatus, string>;

export const decisionKeys: Record<JuryDecisionKind, MessageKey> = {
  award: "juryDecision.award",
  partial_award: "juryDecision.partial_award",
  refusal: "juryDecision.refusal",
  deferral: "juryDecision.deferral",
};

export const decisionHelpKeys: Record<JuryDecisionKind, MessageKey> = {
  award: "juryDecision.award.help",
  partial_award: "juryDecision.partial_award.help",
  refusal: "juryDecision.refusal.help",
  deferral: "juryDecision.deferral.help",
};

export const decisionTones = {
  award: "positive",
  partial_award: "warning",
  refusal: "negative",
  deferral: "neutral",
} as const satisfies Record<JuryDecisionKind, string>;

export const collegeKeys: Record<JuryCollege, MessageKey> = {
  employer: "juryCollege.employer",
  employee: "juryCollege.employee",
};

export const seatKeys: Record<JurySeat, MessageKey> = {
  president: "jurySeat.president",
  vice_president: "jurySeat.vice_president",
  member: "jurySeat.member",
};

export const presenceKeys: Record<Presence, MessageKey> = {
  present: "presence.present",
  represented: "presence.represented",
  absent: "presence.absent",
};

export const appealStatusKeys: Record<AppealView["status"], MessageKey> = {
  lodged: "appealStatus.lodged",
  upheld: "appealStatus.upheld",
  dismissed: "appealStatus.dismissed",
};

export const appealStatusTones = {
  lodged: "warning",
  upheld: "positive",
  dismissed: "neutral",
} as const satisfies Record<AppealView["status"], string>;

/** Why a session has no quorum, as the server names each missing condition. */
const quorumReasonKeys: Record<string, MessageKey> = {
  NO_EMPLOYER_PRESENT: "quorum.NO_EMPLOYER_PRESENT",
  NO_EMPLOYEE_PRESENT: "quorum.NO_EMPLOYEE_PRESENT",
  PARITY_NOT_MET: "quorum.PARITY_NOT_MET",
  ATTENDANCE_NOT_RECORDED: "quorum.ATTENDANCE_NOT_RECORDED",
};

/** A missing quorum condition in words; a condition this version does not know keeps its code. */
export function quorumReason(code: string): { key: MessageKey; values?: { code: string } } {
  const key = quorumReasonKeys[code];
  return key ? { key } : { key: "quorum.other", values: { code } };
}
