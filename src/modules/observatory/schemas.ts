import { z } from "zod";

const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "must be 1–20 capital letters, digits or hyphens");
const year = z
  .string()
  .regex(/^(19|20)[0-9]{2}$/, "must be a year of four digits")
  .transform(Number);
/** A share in percent (one decimal), null when nothing was counted. */
const percent = z.number().nullable();

export const awardDimensions = ["qualification", "branch", "year"] as const;
export type AwardDimension = (typeof awardDimensions)[number];

/** Filters shared by the dashboard's tables: a branch, a CQPI, a span of award years. */
export const observatoryFilters = z.strictObject({
  branch: code.optional().describe("A branch code"),
  qualification: code.optional().describe("A CQPI code"),
  fromYear: year.optional().describe("First award year counted"),
  toYear: year.optional().describe("Last award year counted"),
});
export type ObservatoryFilters = z.infer<typeof observatoryFilters>;

export const awardsQuery = observatoryFilters.extend({
  groupBy: z
    .string()
    .default("qualification,branch,year")
    .refine(
      (text) => text.split(",").every((d) => (awardDimensions as readonly string[]).includes(d)),
      "must list some of qualification, branch, year, separated by commas",
    )
    .transform((text) => [...new Set(text.split(","))] as AwardDimension[])
    .describe("Comma-separated: qualification, branch, year"),
});
export type AwardsQuery = z.infer<typeof awardsQuery>;

export const capacityPassRatesQuery = observatoryFilters.extend({ qualification: code });
export type CapacityPassRatesQuery = z.infer<typeof capacityPassRatesQuery>;

/** What the counted awards are made of; every share is over `awards`. */
const awardCounts = {
  awards: z.number().int(),
  full: z.number().int(),
  partial: z.number().int(),
  over45: z.number().int(),
  firstCertification: z.number().int(),
  direct: z.number().int(),
};

export const awardGroup = z.object({
  qualificationCode: z.string().nullable(),
  branchCode: z.string().nullable(),
  year: z.number().int().nullable(),
  ...awardCounts,
});
export type AwardGroup = z.infer<typeof awardGroup>;
export const awardGroups = z.object({ groupBy: z.array(z.enum(awardDimensions)), rows: z.array(awardGroup) });

export const timelineYear = z.object({
  year: z.number().int(),
  awards: z.number().int(),
  cumulativeAwards: z.number().int(),
  /** Branches and CQPIs that had awarded at least once by the end of that year. */
  branches: z.number().int(),
  qualifications: z.number().int(),
});

/** The figures of some awards (a scope and filters of the dashboard, or every award). */
export const observatoryFigures = z.object({
  certificates: z.number().int(),
  full: z.number().int(),
  partial: z.number().int(),
  over45Share: percent,
  firstCertificationShare: percent,
  directOnExperienceShare: percent,
  fullShare: percent,
  medianRegistrationToAwardDays: z.number().nullable(),
  /** Over the full awards declared, or whose three months are over. */
  declaredWithinThreeMonthsShare: percent,
});
export type ObservatoryFigures = z.infer<typeof observatoryFigures>;

/** The national figures, for anyone, with the timeline by year. */
export const keyFigures = observatoryFigures.extend({ timeline: z.array(timelineYear) });
export type KeyFigures = z.infer<typeof keyFigures>;

export const capacityPassRate = z.object({
  capacityCode: z.string(),
  awards: z.number().int(),
  neededTraining: z.number().int(),
  /** Share of the holders who acquired the capacity without training. */
  passRate: percent,
});
export const capacityPassRates = z.object({
  qualificationCode: z.string(),
  capacities: z.array(capacityPassRate),
});
export type CapacityPassRates = z.infer<typeof capacityPassRates>;

const day = z.iso.date("must be a date YYYY-MM-DD");

/** A certification (its RNCP or RS code, as the CQPI's record has it) and a span of award dates. */
export const cdcQuery = z.strictObject({
  certification: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "must be a certification code such as RNCP12345")
    .describe("The certification's RNCP or RS code"),
  from: day.optional().describe("First award date declared"),
  to: day.optional().describe("Last award date declared"),
});
export type CdcQuery = z.infer<typeof cdcQuery>;
export type CdcPeriod = Pick<CdcQuery, "from" | "to">;

const holderRef = {
  certificateNumber: z.string(),
  holder: z.string(),
  awardedOn: z.string(),
};
export const cdcPending = z.object({
  /** Holders whose identity lacks what the file needs: complete the candidate's record first. */
  blocked: z.array(z.object({ ...holderRef, missing: z.array(z.string()) })),
  /** Awards of the period never declared; `isOverdue` once their three months are over. */
  undeclared: z.array(z.object({ ...holderRef, dueOn: z.string(), isOverdue: z.boolean() })),
});
export type CdcPending = z.infer<typeof cdcPending>;
