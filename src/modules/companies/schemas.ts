import { z } from "zod";
import { namedPattern, refinement } from "../../server/field-formats.ts";
import { idParams, textInput } from "../../server/input.ts";
import { pageQuery } from "../../server/pagination.ts";
import { isValidSiret } from "./siret.ts";

const siret = z
  .string()
  .regex(namedPattern(/^\d{14}$/, "siret"), { message: "must be 14 digits", abort: true })
  .refine(isValidSiret, refinement("SIRET_CHECKSUM", "invalid check digits (not a SIRET)"))
  .describe("The establishment's SIRET: 14 digits, Luhn check as INSEE defines it");

export const companyView = z
  .object({
    id: z.number().int(),
    name: z.string(),
    siret: z.string().nullable(),
    branchCode: z.string().nullable(),
  })
  .meta({ id: "Company" });
export type CompanyView = z.infer<typeof companyView>;

export const createCompanyInput = z.strictObject({
  name: textInput().trim().min(1).max(200),
  siret,
  branchCode: z
    .string()
    .min(1)
    .max(20)
    .nullable()
    .default(null)
    .describe("The branch the company belongs to"),
});
export type CreateCompanyInput = z.infer<typeof createCompanyInput>;

export const companyIdParams = idParams;

export const companyListQuery = pageQuery;
