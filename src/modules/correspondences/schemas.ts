import { z } from "zod";
import { textInput } from "../../server/input.ts";
import { catalogueCode } from "../catalogue/schemas.ts";
import { correspondenceKinds } from "./rules.ts";

const code = catalogueCode;
const itemCode = textInput().trim().min(1).max(40);

const end = z
  .strictObject({
    qualificationCode: code.describe("A CQPI's code, or an external certification's"),
    version: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe("The CQPI's published version; null for an external certification"),
    itemCode: itemCode.describe("A bloc's or capacity's code"),
  })
  .meta({ id: "CorrespondenceEnd" });

export const recordCorrespondenceInput = z
  .strictObject({
    from: end,
    to: end,
    kind: z.enum(correspondenceKinds),
    decisionId: z.number().int().min(1).describe("The adopted decision that recognised it"),
  })
  .meta({ id: "RecordCorrespondence" });
export type RecordCorrespondenceInput = z.infer<typeof recordCorrespondenceInput>;

export const correspondenceView = z
  .object({
    id: z.number().int(),
    from: end,
    to: end,
    kind: z.enum(correspondenceKinds),
    decisionId: z.number().int(),
  })
  .meta({ id: "Correspondence" });
export type CorrespondenceView = z.infer<typeof correspondenceView>;

export const correspondenceListQuery = z.strictObject({
  qualificationCode: code.optional().describe("Only the correspondences with an end in this certification"),
});

export const createExternalCertificationInput = z
  .strictObject({
    code,
    title: textInput().trim().min(1).max(200),
    branchCode: code.nullable().default(null),
    rncpCode: textInput().trim().max(20).nullable().default(null),
    rsCode: textInput().trim().max(20).nullable().default(null),
    blocks: z
      .array(z.strictObject({ code: itemCode, title: textInput().trim().min(1).max(300) }))
      .min(1)
      .max(50),
  })
  .meta({ id: "CreateExternalCertification" });
export type CreateExternalCertificationInput = z.infer<typeof createExternalCertificationInput>;

export const externalCertificationView = z
  .object({
    code: z.string(),
    title: z.string(),
    branchCode: z.string().nullable(),
    rncpCode: z.string().nullable(),
    rsCode: z.string().nullable(),
    blocks: z.array(z.object({ code: z.string(), title: z.string() })),
  })
  .meta({ id: "ExternalCertification" });
export type ExternalCertificationView = z.infer<typeof externalCertificationView>;
