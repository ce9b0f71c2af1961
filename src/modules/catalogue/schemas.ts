import { z } from "zod";
import { namedPattern } from "../../server/field-formats.ts";
import { textInput } from "../../server/input.ts";
import { pageQuery } from "../../server/pagination.ts";

/** A branch's or CQPI's code, as other modules' schemas name one too. */
export const catalogueCode = z
  .string()
  .regex(
    namedPattern(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "catalogue_code"),
    "must be 1–20 capital letters, digits or hyphens",
  )
  .describe("Stable short code, e.g. UIMM or CEI");
const code = catalogueCode;
const isoDate = z.iso.date("must be a date YYYY-MM-DD");
const text = (max: number) =>
  textInput({ isMultiline: max > 200 })
    .trim()
    .max(max);

export const branchCodeParams = z.strictObject({ code });
export const operationParams = z.strictObject({ code, qualificationCode: code });

export const branchView = z
  .object({
    code: z.string(),
    name: z.string(),
    federation: z.string(),
    isPartner: z.boolean().describe("A partner (e.g. PRISME) works with branches without being one"),
    charterAdhesionDate: z.string().nullable(),
    description: z.string(),
    qualificationCount: z.number().int(),
  })
  .meta({ id: "Branch" });
export type BranchView = z.infer<typeof branchView>;

const operation = { operatedSince: z.string().nullable(), note: z.string() };

export const branchDetail = branchView
  .extend({
    qualifications: z.array(z.object({ code: z.string(), title: z.string(), ...operation })),
  })
  .meta({ id: "BranchDetail" });

export const createBranchInput = z.strictObject({
  code,
  name: text(200).min(1),
  federation: text(200).min(1),
  isPartner: z.boolean().default(false),
  charterAdhesionDate: isoDate.nullable().default(null),
  description: text(4000).default(""),
});
export type CreateBranchInput = z.infer<typeof createBranchInput>;

export const updateBranchInput = z.strictObject({
  name: text(200).min(1).optional(),
  federation: text(200).min(1).optional(),
  isPartner: z.boolean().optional(),
  charterAdhesionDate: isoDate
    .nullable()
    .optional()
    .describe(
      "Read only: set by the national committee's decision on an adhesion request; accepted unchanged, refused changed (SET_BY_ADHESION_DECISION)",
    ),
  description: text(4000).optional(),
});
export type UpdateBranchInput = z.infer<typeof updateBranchInput>;

export const qualificationView = z
  .object({
    code: z.string(),
    title: z.string(),
    description: z.string(),
    rncpCode: z.string().nullable(),
    createdOn: z.string().nullable(),
    branchCount: z.number().int(),
  })
  .meta({ id: "Qualification" });
export type QualificationView = z.infer<typeof qualificationView>;

export const qualificationDetail = qualificationView
  .extend({
    branches: z.array(z.object({ code: z.string(), name: z.string(), ...operation })),
  })
  .meta({ id: "QualificationDetail" });

export const createQualificationInput = z.strictObject({
  code,
  title: text(200).min(1),
  description: text(4000).default(""),
  rncpCode: text(20).nullable().default(null),
  createdOn: isoDate.nullable().default(null),
});
export type CreateQualificationInput = z.infer<typeof createQualificationInput>;

export const updateQualificationInput = z.strictObject({
  title: text(200).min(1).optional(),
  description: text(4000).optional(),
  rncpCode: text(20).nullable().optional(),
  createdOn: isoDate.nullable().optional(),
});
export type UpdateQualificationInput = z.infer<typeof updateQualificationInput>;

export const operationInput = z.strictObject({
  operatedSince: isoDate.nullable().default(null),
  note: text(500).default(""),
});
export type OperationInput = z.infer<typeof operationInput>;

export const catalogueListQuery = pageQuery;
