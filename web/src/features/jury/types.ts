/**
 * Jury sessions (sessions de jury paritaire), votes, decisions and appeals as the API sends them
 * (`/api/jury-sessions…`, `/api/appeals…`): inferred from the server's zod schemas, the contract.
 */
import type { z } from "zod";
import type {
  AgendaItemView,
  agendaInput,
  answerAppealInput,
  appealInput,
  attendanceInput,
  JuryCollege,
  JuryDecisionKind,
  JurySeat,
  JurySessionDetail,
  JurySessionStatus,
  juryAccountList,
  jurySessionList,
  memberView,
  Presence,
  voteView,
} from "../../../../src/modules/jury/schemas.ts";

export type {
  AgendaItemView,
  AppealView,
  CreateJurySessionInput,
  JuryCollege,
  JuryDecisionKind,
  JuryDecisionView,
  JurySeat,
  JurySessionDetail,
  JurySessionStatus,
  JurySessionSummary,
  MembersInput,
  PathwayJuryView,
  Presence,
  TallyView,
  VoteInput,
} from "../../../../src/modules/jury/schemas.ts";

export type JurySessionList = z.infer<typeof jurySessionList>;
export type JuryMember = z.infer<typeof memberView>;
export type JuryAccountList = z.infer<typeof juryAccountList>;
/** A jury member account the secretariat may seat in a session. */
export type JuryAccount = JuryAccountList["items"][number];
export type JuryVote = z.infer<typeof voteView>;
export type AgendaInput = z.input<typeof agendaInput>;
export type AppealInput = z.input<typeof appealInput>;
export type AnswerAppealInput = z.input<typeof answerAppealInput>;
export type AttendanceInput = z.input<typeof attendanceInput>;
/** What a session page shows of the caller's own part in it. */
export type JuryViewer = JurySessionDetail["viewer"];
/** The evidence the jury deliberates on: bilan, closed assessments, evaluators. */
export type EvidencePack = AgendaItemView["evidence"];

/*
 * The lists forms offer at run time. The server modules declaring them also carry zod, which stays
 * out of the bundle: they are repeated here and checked against the server's types.
 */
export const juryDecisionKinds = [
  "award",
  "partial_award",
  "refusal",
  "deferral",
] as const satisfies readonly JuryDecisionKind[];
export const juryColleges = ["employer", "employee"] as const satisfies readonly JuryCollege[];
export const jurySeats = ["president", "vice_president", "member"] as const satisfies readonly JurySeat[];
export const presences = ["present", "represented", "absent"] as const satisfies readonly Presence[];
export const jurySessionStatuses = [
  "planned",
  "in_progress",
  "closed",
  "cancelled",
] as const satisfies readonly JurySessionStatus[];

export interface JurySessionListQuery {
  status: string;
  branchCode: string;
  limit: number;
  offset: number;
}
