import { z } from "zod";
import { namedPattern, refinement } from "../../server/field-formats.ts";
import { idParams, textInput } from "../../server/input.ts";
import { pageQuery } from "../../server/pagination.ts";
import { candidateProblems, employmentStatuses, isoDay, sexes } from "./rules.ts";

/** Lengths and formats are those of the Caisse des Dépôts declaration (XSD cpf 1.1.2, `titulaire`). */
const name = textInput().trim().min(1, "must not be empty").max(60, "at most 60 characters");
const birthDate = z.iso
  .date("must be a date YYYY-MM-DD")
  .refine(
    (date) => Number(date.slice(0, 4)) >= 1900,
    refinement("YEAR_TOO_EARLY", "must be in 1900 or later", { min: 1900 }),
  );

const identity = {
  birthName: name.describe("Nom de naissance"),
  usageName: name.nullable().describe("Nom d'usage"),
  firstNames: z
    .array(name)
    .min(1, "at least one first name")
    .max(3, "at most 3 first names")
    .describe("Prénoms, in civil-status order"),
  birthDate,
  sex: z.enum(sexes),
  birthInseeCode: z
    .string()
    .regex(
      namedPattern(/^(\d{5}|2[AB]\d{3})$/, "insee_code"),
      "must be an INSEE commune code, e.g. 75056 or 2A004",
    )
    .nullable()
    .describe("INSEE code of the birth commune (or give birthPostalCode)"),
  birthPostalCode: z
    .string()
    .regex(namedPattern(/^\d{5}$/, "postal_code"), "must be 5 digits")
    .nullable(),
  birthCity: name.nullable(),
  birthCountryCode: z
    .string()
    .regex(namedPattern(/^[A-Z0-9]{3}$/, "country_code"), "must be 3 capital letters or digits")
    .nullable()
    .describe("For those born abroad"),
  birthCountry: name.nullable(),
  email: z
    .email("must be an email address")
    .max(254)
    .transform((value) => value.toLowerCase())
    .nullable(),
  phone: z
    .string()
    .trim()
    .regex(namedPattern(/^\+?[0-9 .()-]{6,30}$/, "phone"), "must be a phone number")
    .nullable(),
  employmentStatus: z.enum(employmentStatuses),
  companyId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe("Employer; for a temporary worker, the company where they work; null for a job seeker"),
  hasPriorCertification: z.boolean().describe("Already holds a certification (so this is not their first)"),
  userId: z.number().int().positive().nullable().describe("The candidate's own account (role candidate)"),
};

export const createCandidateInput = z
  .strictObject({
    ...identity,
    usageName: identity.usageName.default(null),
    birthInseeCode: identity.birthInseeCode.default(null),
    birthPostalCode: identity.birthPostalCode.default(null),
    birthCity: identity.birthCity.default(null),
    birthCountryCode: identity.birthCountryCode.default(null),
    birthCountry: identity.birthCountry.default(null),
    email: identity.email.default(null),
    phone: identity.phone.default(null),
    companyId: identity.companyId.optional().describe("If left out, an employer's own company"),
    userId: identity.userId.default(null),
  })
  .superRefine((input, ctx) => {
    const problems = candidateProblems(input, isoDay(new Date()));
    for (const [field, problem] of Object.entries(problems))
      ctx.addIssue({
        code: "custom",
        path: [field],
        ...refinement(problem.code, problem.message, problem.params),
      });
  });
export type CreateCandidateInput = z.infer<typeof createCandidateInput>;

/** Any subset of the fields; the rules tying them together are checked on the record as it would become. */
export const updateCandidateInput = z.strictObject(identity).partial();
export type UpdateCandidateInput = z.infer<typeof updateCandidateInput>;

export const candidateView = z
  .object({
    id: z.number().int(),
    displayName: z.string().describe("Prénom NOM"),
    birthName: z.string(),
    usageName: z.string().nullable(),
    firstNames: z.array(z.string()),
    birthDate: z.string(),
    sex: z.enum(sexes),
    birthInseeCode: z.string().nullable(),
    birthPostalCode: z.string().nullable(),
    birthCity: z.string().nullable(),
    birthCountryCode: z.string().nullable(),
    birthCountry: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    employmentStatus: z.enum(employmentStatuses),
    companyId: z.number().int().nullable(),
    companyName: z.string().nullable(),
    hasPriorCertification: z.boolean(),
    userId: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Candidate" });
export type CandidateView = z.infer<typeof candidateView>;

/** One candidate as `GET /api/candidates/{id}` gives it: the record, and whether the caller may correct it. */
export const candidateDetailView = candidateView
  .extend({
    mayEdit: z
      .boolean()
      .describe(
        "Whether the caller may correct this record (PATCH): a branch officer sees the candidates of their branches' pathways but corrects only those employed in their branches or by no company.",
      ),
  })
  .meta({ id: "CandidateDetail" });
export type CandidateDetailView = z.infer<typeof candidateDetailView>;

/** A candidate's editable fields, as they are stored (a company chosen, defaults applied). */
export type CandidateFields = Omit<
  CandidateView,
  "id" | "displayName" | "companyName" | "createdAt" | "updatedAt"
>;

export const candidateIdParams = idParams;

export const candidateListQuery = pageQuery;
