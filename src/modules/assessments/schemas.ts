import { z } from "zod";
import { idParams, textInput } from "../../server/input.ts";
import { assessmentMethod, criterionScore } from "../referentials/schemas.ts";
import { assessmentStatuses } from "./rules.ts";

/** One sitting of one evaluation method on a pathway (BRIEF §3.5), its grid, texts and evidence. */

const isoDate = z.iso.date("must be a date YYYY-MM-DD");
const capacityCode = textInput().trim().min(1).max(30);
const revision = z
  .number()
  .int()
  .min(0)
  .describe("The revision the edit started from; a newer one means someone saved in between");

export { idParams };

export const createAssessmentInput = z.strictObject({
  method: assessmentMethod,
  heldOn: isoDate,
  capacityCodes: z
    .array(capacityCode)
    .min(1)
    .max(100)
    .optional()
    .describe(
      "Defaults to every capacity the method assesses (positioning) or every such gap (second evaluation); " +
        "an interview leaves out the capacities already validated",
    ),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentInput>;

export const saveScoresInput = z.strictObject({
  revision,
  scores: z
    .array(
      z.strictObject({
        capacityCode,
        criterionCode: textInput().trim().min(1).max(30),
        score: criterionScore,
        comment: textInput({ isMultiline: true }).max(2000).default(""),
      }),
    )
    .min(1)
    .max(500)
    .describe("Upserted; criteria not given keep their score"),
});
export type SaveScoresInput = z.infer<typeof saveScoresInput>;

export const saveEntriesInput = z.strictObject({
  revision,
  entries: z
    .array(z.strictObject({ capacityCode, text: textInput({ isMultiline: true }).trim().min(1).max(10_000) }))
    .min(1)
    .max(100)
    .describe("Upserted per capacity; capacities not given keep their text"),
});
export type SaveEntriesInput = z.infer<typeof saveEntriesInput>;

export const saveJudgementsInput = z.strictObject({
  revision,
  judgements: z
    .array(
      z.strictObject({
        capacityCode,
        judgement: criterionScore.describe("What the description shows of the capacity"),
        comment: textInput({ isMultiline: true }).max(2000).default(""),
      }),
    )
    .min(1)
    .max(100)
    .describe("Upserted per capacity; capacities not given keep their judgement"),
});
export type SaveJudgementsInput = z.infer<typeof saveJudgementsInput>;

export const submitBookletInput = z.strictObject({ revision });
export type SubmitBookletInput = z.infer<typeof submitBookletInput>;

export const evidenceView = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    capacityCode: z.string().nullable(),
    uploadedAt: z.string(),
    /** Who uploaded it (null: the platform, as the demo data): a candidate deletes their own files. */
    uploadedByUserId: z.number().int().nullable(),
  })
  .meta({ id: "Evidence" });
export type EvidenceView = z.infer<typeof evidenceView>;

export const assessmentView = z
  .object({
    id: z.number().int(),
    pathwayId: z.number().int(),
    method: assessmentMethod,
    sitting: z.number().int(),
    status: z.enum(assessmentStatuses),
    revision: z.number().int(),
    heldOn: z.string(),
    assessorUserId: z.number().int().nullable(),
    closedAt: z.string().nullable(),
    capacityCodes: z.array(z.string()),
    /** What to assess: each covered capacity with its criteria (the grid an evaluator fills). */
    capacities: z.array(
      z.object({
        blockCode: z.string(),
        code: z.string(),
        title: z.string(),
        conditions: z.string(),
        criteria: z.array(z.object({ code: z.string(), indicator: z.string() })),
      }),
    ),
    scores: z.array(
      z.object({
        capacityCode: z.string(),
        criterionCode: z.string(),
        score: criterionScore,
        comment: z.string(),
      }),
    ),
    entries: z.array(z.object({ capacityCode: z.string(), text: z.string() })),
    /** A booklet: when the candidate side submitted it to the evaluator (null while they write it). */
    submittedAt: z.string().nullable(),
    /** A booklet: the evaluator's judgement of each capacity, which the gap analysis counts once closed. */
    judgements: z.array(
      z.object({ capacityCode: z.string(), judgement: criterionScore, comment: z.string() }),
    ),
    evidence: z.array(evidenceView),
  })
  .meta({ id: "Assessment" });
export type AssessmentView = z.infer<typeof assessmentView>;

export const assessmentList = z.object({ items: z.array(assessmentView) });
