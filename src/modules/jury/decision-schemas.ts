import { z } from "zod";

/**
 * The jury's decisions and appeals as other modules show them (the pathway page); kept apart from
 * the session schemas so that the pathways module can import them without a cycle.
 */

/** What a member votes for, and what a deliberation decides. */
export const juryDecisionKind = z.enum(["award", "partial_award", "refusal", "deferral"]);
export type JuryDecisionKind = z.infer<typeof juryDecisionKind>;

export const juryDecisionView = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  sittingOn: z.string(),
  pathwayId: z.number().int(),
  decision: juryDecisionKind,
  blockCodes: z.array(z.string()),
  motivation: z.string(),
  decidedOn: z.string(),
  /** Reached without a majority: the branch's rule decided. */
  isByDefaultRule: z.boolean(),
  correctsDecisionId: z.number().int().nullable(),
  appealId: z.number().int().nullable(),
});
export type JuryDecisionView = z.infer<typeof juryDecisionView>;

export const appealStatus = z.enum(["lodged", "upheld", "dismissed"]);
export type AppealStatus = z.infer<typeof appealStatus>;
export const appealView = z.object({
  id: z.number().int(),
  pathwayId: z.number().int(),
  decisionId: z.number().int(),
  grounds: z.string(),
  lodgedAt: z.string(),
  status: appealStatus,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  newDecisionId: z.number().int().nullable(),
});
export type AppealView = z.infer<typeof appealView>;

/** What the pathway page shows of the jury: the decision in force and its appeals. */
export const pathwayJuryView = z.object({
  decision: juryDecisionView.nullable(),
  appeals: z.array(appealView),
  /** The last day an appeal against the decision in force may be lodged (null for a deferral or no decision). */
  appealUntil: z.string().nullable(),
});
export type PathwayJuryView = z.infer<typeof pathwayJuryView>;
