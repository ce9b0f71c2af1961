import { z } from "zod";
import { namedPattern, refinement } from "../../server/field-formats.ts";
import { idParam, idParams, textInput } from "../../server/input.ts";
import { pageOf, pageQuery } from "../../server/pagination.ts";
import { assessmentView } from "../assessments/schemas.ts";
import { gapAnalysisView } from "../pathways/schemas.ts";
import { block } from "../referentials/schemas.ts";
import { juryDecisionKind, juryDecisionView } from "./decision-schemas.ts";

/**
 * The paritaire jury's contract (BRIEF §3.7): sessions of a branch's CPNE, their members and
 * attendance, the agenda of pathways, the votes and decisions, the minutes and the appeals.
 */

export * from "./decision-schemas.ts";

const isoDate = z.iso.date("must be a date YYYY-MM-DD");
const code = textInput().regex(
  namedPattern(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "catalogue_code"),
  "must be 1–20 capital letters, digits or hyphens",
);
const id = z.number().int().positive();
const motivationText = textInput({ isMultiline: true }).trim().min(1).max(4000);
const videoLink = textInput().url("must be a URL").max(500);

/** Employer college (federations) or employee college (unions). */
export const juryCollege = z.enum(["employer", "employee"]);
export type JuryCollege = z.infer<typeof juryCollege>;
export const jurySeat = z.enum(["president", "vice_president", "member"]);
export type JurySeat = z.infer<typeof jurySeat>;

/**
 * planned → in_progress (attendance recorded) → closed (locked, minutes produced);
 * planned or in_progress → cancelled while no vote was cast (frees the agenda).
 */
export const jurySessionStatus = z.enum(["planned", "in_progress", "closed", "cancelled"]);
export type JurySessionStatus = z.infer<typeof jurySessionStatus>;

export const presence = z.enum(["present", "represented", "absent"]);
export type Presence = z.infer<typeof presence>;

/** Whose votes the absolute majority is counted over. */
export const majorityBase = z.enum(["present", "present_or_represented"]);
export type MajorityBase = z.infer<typeof majorityBase>;
/** What a deliberation decides when no decision reaches the majority (a tie included). */
export const noMajorityOutcome = z.enum(["deferral", "refusal"]);
export type NoMajorityOutcome = z.infer<typeof noMajorityOutcome>;

/** A pathway on an agenda: open (deliberating), closed (decided), released (the session was cancelled). */
export const agendaItemStatus = z.enum(["open", "closed", "released"]);
export type AgendaItemStatus = z.infer<typeof agendaItemStatus>;

export const juryRulesView = z.object({
  branchCode: z.string(),
  evenYearPresidingCollege: juryCollege.describe("Presides in even years; the other college in odd years"),
  requiresParity: z.boolean().describe("Quorum also needs as many employer as employee votes"),
  majorityBase,
  noMajorityOutcome,
  appealDelayMonths: z.number().int(),
});
export type JuryRulesView = z.infer<typeof juryRulesView>;

export const juryRulesInput = z.strictObject({
  evenYearPresidingCollege: juryCollege,
  requiresParity: z.boolean(),
  majorityBase,
  noMajorityOutcome,
  appealDelayMonths: z.number().int().min(1).max(24),
});
export type JuryRulesInput = z.infer<typeof juryRulesInput>;

export const branchRulesParams = z.strictObject({ branchCode: code });
export const sessionIdParams = idParams;
export const deliberationParams = z.strictObject({
  id: idParam,
  pathwayId: idParam,
});

const placeFields = {
  place: textInput().trim().min(1).max(500).optional(),
  videoLink: videoLink.optional(),
};

export const createJurySessionInput = z
  .strictObject({ branchCode: code, sittingOn: isoDate, ...placeFields })
  .refine((s) => s.place !== undefined || s.videoLink !== undefined, {
    path: ["place"],
    ...refinement("PLACE_OR_VIDEO_LINK", "give a place or a video link"),
  });
export type CreateJurySessionInput = z.infer<typeof createJurySessionInput>;

/** Changes the date, place or link of a session not yet held; members are convened again. */
export const rescheduleJurySessionInput = z.strictObject({
  sittingOn: isoDate.optional(),
  place: textInput().trim().min(1).max(500).nullable().optional(),
  videoLink: videoLink.nullable().optional(),
});
export type RescheduleJurySessionInput = z.infer<typeof rescheduleJurySessionInput>;

export const jurySessionListQuery = pageQuery.extend({
  branchCode: code.optional(),
  status: jurySessionStatus.optional(),
});
export type JurySessionListQuery = z.infer<typeof jurySessionListQuery>;

export const membersInput = z.strictObject({
  members: z
    .array(
      z.strictObject({
        userId: id,
        college: juryCollege,
        organisation: textInput().trim().min(1).max(200).describe("Federation or union"),
        seat: jurySeat,
      }),
    )
    .min(2)
    .max(60),
});
export type MembersInput = z.infer<typeof membersInput>;

export const agendaInput = z.strictObject({ pathwayIds: z.array(id).min(1).max(200) });
export type AgendaInput = z.infer<typeof agendaInput>;

export const attendanceInput = z.strictObject({
  attendance: z
    .array(
      z.strictObject({
        userId: id,
        presence,
        proxyUserId: id.optional().describe("The present member who votes for a represented one"),
      }),
    )
    .min(1)
    .max(60),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const voteInput = z.strictObject({
  decision: juryDecisionKind,
  blockCodes: z.array(textInput().trim().min(1).max(30)).max(50).optional().describe("partial_award only"),
  motivation: motivationText.optional().describe("Required for anything but a full award"),
  onBehalfOf: id.optional().describe("The represented member whose proxy the caller holds"),
});
export type VoteInput = z.infer<typeof voteInput>;

export const closeDeliberationInput = z
  .strictObject({
    motivation: motivationText.optional().describe("The jury's motivation; defaults to the majority's"),
  })
  .nullish()
  .describe("Optional: the body may be left out");

/** A decision given again: correcting a closed session's decision, or an appeal upheld. */
export const correctionInput = z.strictObject({
  decision: juryDecisionKind,
  blockCodes: z.array(textInput().trim().min(1).max(30)).max(50).optional(),
  motivation: motivationText,
});
export type CorrectionInput = z.infer<typeof correctionInput>;

export const voteView = z.object({
  memberUserId: z.number().int().describe("Whose vote it is"),
  castByUserId: z.number().int().describe("Who cast it: the member, or their proxy holder"),
  college: juryCollege,
  decision: juryDecisionKind,
  blockCodes: z.array(z.string()),
  motivation: z.string().nullable(),
  castAt: z.string(),
});

const countsByDecision = z.object({
  award: z.number().int(),
  partial_award: z.number().int(),
  refusal: z.number().int(),
  deferral: z.number().int(),
});
export const tallyView = z.object({
  employer: countsByDecision,
  employee: countsByDecision,
  total: countsByDecision,
  /** How many votes the absolute majority needs (more than half of the base). */
  majorityNeeds: z.number().int(),
  base: z.number().int(),
});
export type TallyView = z.infer<typeof tallyView>;

/**
 * What the jury deliberates on. The bilan counts as acquired the capacities carried over from a
 * certificate, listed in `gapAnalysis.carriedOver` with their certificate and correspondence chain.
 */
export const evidencePack = z.object({
  gapAnalysis: gapAnalysisView,
  assessments: z
    .array(assessmentView)
    .describe("Closed assessments, with scores, comments and livret entries"),
  evaluators: z.array(z.object({ userId: z.number().int(), displayName: z.string() })),
  referentialBlocks: z
    .array(block)
    .describe("The pathway's blocs, capacities and criteria, with their titles"),
});

export const agendaItemView = z.object({
  pathwayId: z.number().int(),
  candidate: z.object({ id: z.number().int(), displayName: z.string() }),
  qualificationCode: z.string(),
  qualificationTitle: z.string(),
  blocks: z
    .array(z.object({ code: z.string(), title: z.string() }))
    .describe("Blocs a partial award may name"),
  pathwayStatus: z.string(),
  deliberation: z.enum(["open", "closed"]),
  votes: z.array(voteView),
  tally: tallyView,
  decision: juryDecisionView.nullable(),
  evidence: evidencePack,
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const memberView = z.object({
  userId: z.number().int(),
  displayName: z.string(),
  college: juryCollege,
  organisation: z.string(),
  seat: jurySeat,
  presence: presence.nullable().describe("null until attendance is recorded"),
  proxyUserId: z.number().int().nullable(),
});

export const jurySessionSummary = z.object({
  id: z.number().int(),
  branchCode: z.string(),
  branchName: z.string(),
  sittingOn: z.string(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  status: jurySessionStatus,
  presidingCollege: juryCollege,
  memberCount: z.number().int(),
  agendaCount: z.number().int(),
  decidedCount: z.number().int(),
  closedAt: z.string().nullable(),
});
export type JurySessionSummary = z.infer<typeof jurySessionSummary>;

export const jurySessionList = pageOf(jurySessionSummary);

export const quorumView = z.object({
  hasQuorum: z.boolean(),
  /** Each reason the quorum is not met, e.g. NO_EMPLOYER_PRESENT, PARITY_NOT_MET, ATTENDANCE_NOT_RECORDED. */
  missing: z.array(z.string()),
});

export const jurySessionDetail = jurySessionSummary.extend({
  rules: juryRulesView,
  members: z.array(memberView),
  quorum: quorumView,
  agenda: z.array(agendaItemView),
  /** What the caller may do here (the web derives its buttons from it). */
  viewer: z.object({
    canManage: z.boolean(),
    seat: jurySeat.nullable(),
    presence: presence.nullable(),
    /** The represented member whose vote the caller may cast, if any. */
    proxyFor: z.number().int().nullable(),
  }),
});
export type JurySessionDetail = z.infer<typeof jurySessionDetail>;

export const appealInput = z.strictObject({
  grounds: textInput({ isMultiline: true }).trim().min(1).max(10_000),
});
export type AppealInput = z.infer<typeof appealInput>;

export const answerAppealInput = z
  .strictObject({
    outcome: z.enum(["upheld", "dismissed"]),
    answer: textInput({ isMultiline: true }).trim().min(1).max(10_000),
    decision: correctionInput.omit({ motivation: true }).optional().describe("The new decision; upheld only"),
  })
  .refine((a) => a.outcome === "dismissed" || a.decision !== undefined, {
    path: ["decision"],
    ...refinement("DECISION_REQUIRED", "an upheld appeal needs the new decision"),
  });
export type AnswerAppealInput = z.infer<typeof answerAppealInput>;

export const appealIdParams = idParams;
export const decisionIdParams = idParams;

/** Jury accounts the secretariat may seat in a session (active accounts of role jury_member). */
export const juryAccountList = pageOf(
  z.object({ userId: z.number().int(), displayName: z.string(), email: z.string() }),
);
