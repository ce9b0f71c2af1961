import { z } from "zod";
import { namedPattern, refinement } from "../../server/field-formats.ts";
import { countParam, idParam, idParams, textInput } from "../../server/input.ts";
import { pageQuery } from "../../server/pagination.ts";
import { pathwayJuryView } from "../jury/decision-schemas.ts";
import { portabilityVia } from "../portability/schemas.ts";
import { block, criterionScore, passRule, validity } from "../referentials/schemas.ts";
import {
  pathwayEvents,
  pathwayRoutes,
  pathwayStatuses,
  transitionRefusals,
  worklistStages,
} from "./rules.ts";

const isoDate = z.iso.date("must be a date YYYY-MM-DD");
const code = z
  .string()
  .regex(
    namedPattern(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "catalogue_code"),
    "must be 1–20 capital letters, digits or hyphens",
  );

/** Voie d'accès: training path, direct recognition of experience, or both. */
export const pathwayRoute = z.enum(pathwayRoutes);

export const pathwayIdParams = idParams;

export const registerPathwayInput = z.strictObject({
  candidateId: z.number().int().positive(),
  qualificationCode: code,
  branchCode: code,
  route: pathwayRoute,
  registeredOn: isoDate.optional().describe("Defaults to today"),
  fromCertificate: textInput()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe(
      "The number of a certificate of the candidate: the pathway starts with the capacities it carries over (portability), so that the evaluation covers only what remains",
    ),
});
export type RegisterPathwayInput = z.infer<typeof registerPathwayInput>;

export const pathwayListQuery = pageQuery
  .extend({
    status: z.enum(pathwayStatuses).optional(),
    stage: z
      .enum(worklistStages)
      .optional()
      .describe(
        "A part of the worklist: `waiting` (positioning or reassessment; those with an assessment open first, " +
          "then the longest waiting), `following` (other pathways under way), `finished` (jury outcomes, withdrawn, archived)",
      ),
    qualificationCode: code.optional(),
    branchCode: code.optional(),
    companyId: idParam.optional(),
    evaluatorUserId: idParam.optional(),
    after: idParam
      .optional()
      .describe(
        "Keyset cursor: the id of the last pathway of the page before (newest first); not with `stage=waiting`, ordered by what waits first",
      ),
  })
  .superRefine((query, ctx) => {
    if (query.stage === "waiting" && query.after !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["after"],
        ...refinement("INVALID_VALUE", "the worklist's waiting part is paged by offset, not by cursor"),
      });
  });

export const pathwaySummary = z
  .object({
    id: z.number().int(),
    candidate: z.object({
      id: z.number().int(),
      displayName: z.string(),
      companyId: z.number().int().nullable(),
    }),
    branchCode: z.string(),
    qualificationCode: z.string(),
    qualificationTitle: z.string(),
    version: z.number().int(),
    route: pathwayRoute,
    status: z.enum(pathwayStatuses),
    registeredOn: z.string(),
    statusChangedAt: z.string(),
    evaluatorUserId: z.number().int().nullable(),
    assessmentUnderWay: z
      .boolean()
      .optional()
      .describe(
        "Only in the evaluator's worklist (stage=waiting): whether an assessment is under way, which puts the pathway first; the others follow the longest waiting first (statusChangedAt).",
      ),
  })
  .meta({ id: "PathwaySummary" });
export type PathwaySummary = z.infer<typeof pathwaySummary>;

export const pathwayList = z.object({
  items: z.array(pathwaySummary),
  total: z.number().int(),
  /** Kept per branch × CQPI × status as pathways move: exact, without counting the pathways again. */
  countsByStatus: z.record(z.string(), z.number().int()),
});

export const transitionInput = z.strictObject({ event: z.enum(pathwayEvents) });

export const assignEvaluatorInput = z.strictObject({ evaluatorUserId: z.number().int().positive() });

export const createAccreditationInput = z
  .strictObject({
    evaluatorUserId: z.number().int().positive(),
    qualificationCode: code,
    branchCode: code,
    validFrom: isoDate,
    validUntil: isoDate.describe("The last day the accreditation holds (included)"),
  })
  .refine((a) => a.validUntil >= a.validFrom, {
    path: ["validUntil"],
    ...refinement("BEFORE_OTHER_DATE", "must not be before validFrom", { other: "validFrom" }),
  });
export type CreateAccreditationInput = z.infer<typeof createAccreditationInput>;

export const accreditationView = z
  .object({
    id: z.number().int(),
    evaluatorUserId: z.number().int(),
    evaluatorName: z.string(),
    qualificationCode: z.string(),
    branchCode: z.string(),
    validFrom: z.string(),
    validUntil: z.string(),
    revokedAt: z.string().nullable(),
    isValidToday: z.boolean(),
  })
  .meta({ id: "Accreditation" });

export const accreditationListQuery = z.strictObject({
  evaluatorUserId: idParam.optional(),
  qualificationCode: code.optional(),
  branchCode: code.optional(),
});

export const evaluatorSearchQuery = z.strictObject({
  q: textInput()
    .trim()
    .min(2)
    .max(200)
    .describe("Part of the evaluator's name or email (case and accents ignored)"),
  limit: countParam.pipe(z.number().min(1).max(50)).default(20),
});

export const evaluatorChoice = z
  .object({ userId: z.number().int(), displayName: z.string(), email: z.string() })
  .meta({ id: "EvaluatorChoice" });

export const trainingPlanInput = z
  .strictObject({
    capacityCodes: z
      .array(textInput().min(1).max(30))
      .min(1)
      .max(50)
      .optional()
      .describe("Defaults to every gap"),
    organisation: textInput({ isMultiline: true })
      .trim()
      .min(1)
      .max(2000)
      .describe("Who trains, where and how"),
    plannedHours: z.number().positive().max(2000),
    startDate: isoDate,
    endDate: isoDate,
    trainerUserId: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .describe("The trainer's account, if they have one"),
    trainerName: textInput().trim().min(1).max(200),
  })
  .refine((p) => p.endDate >= p.startDate, {
    path: ["endDate"],
    ...refinement("BEFORE_OTHER_DATE", "must not be before startDate", { other: "startDate" }),
  });
export type TrainingPlanInput = z.infer<typeof trainingPlanInput>;

export const trainingPlanView = z
  .object({
    id: z.number().int(),
    capacityCodes: z.array(z.string()),
    organisation: z.string(),
    plannedHours: z.number(),
    startDate: z.string(),
    endDate: z.string(),
    trainerUserId: z.number().int().nullable(),
    trainerName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "TrainingPlan" });

const gap = z.object({ blockCode: z.string(), capacityCode: z.string() });

/** A capacity the pathway carried over from a certificate when it was opened, with its source. */
export const carriedCapacityView = z
  .object({
    capacityCode: z.string(),
    certificate: z.object({
      number: z.string(),
      qualificationCode: z.string(),
      branchCode: z.string(),
      awardedOn: z.string(),
      isRevoked: z.boolean(),
    }),
    via: portabilityVia,
    counts: z
      .boolean()
      .describe(
        "Counted as acquired; false once the certificate is revoked, the capacity is then to be assessed",
      ),
  })
  .meta({ id: "CarriedCapacity" });
export type CarriedCapacityView = z.infer<typeof carriedCapacityView>;

const carriedOver = z
  .array(carriedCapacityView)
  .describe("Capacities carried over from a certificate when the pathway was opened (fromCertificate)");

export const pathwayDetail = pathwaySummary
  .extend({
    evaluator: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
    referential: z.object({ passRule, validity, moduleCodes: z.array(z.string()), blocks: z.array(block) }),
    acquiredCapacities: z.array(z.string()).describe("Assessed or carried over"),
    carriedOver,
    gaps: z.array(gap),
    isAtLevel: z.boolean(),
    trainingPlans: z.array(trainingPlanView),
    jury: pathwayJuryView.describe("The jury's decision in force, its appeals and the appeal delay"),
    certificateNumber: z
      .string()
      .nullable()
      .describe(
        "The number of the certificate of the award in force, once issued (GET /api/certificates/{number})",
      ),
    moves: z
      .array(z.object({ event: z.enum(pathwayEvents), refusal: z.enum(transitionRefusals).nullable() }))
      .describe(
        "The moves of the transition table from the current status, each with the code POST /transitions would refuse it with now (null: it would be made); who may make each is eventRoles'",
      ),
    timeline: z.array(
      z.object({
        event: z.string(),
        fromStatus: z.enum(pathwayStatuses).nullable(),
        toStatus: z.enum(pathwayStatuses),
        occurredAt: z.string(),
        actorName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "PathwayDetail" });

export const gapAnalysisView = z
  .object({
    pathwayId: z.number().int(),
    passRule,
    validity,
    moduleCodes: z.array(z.string()),
    isAtLevel: z.boolean(),
    isPassed: z.boolean(),
    overallScore: z.number().nullable(),
    blocks: z.array(
      z.object({
        code: z.string(),
        isAcquired: z.boolean(),
        score: z.number().nullable(),
        capacities: z.array(
          z.object({
            code: z.string(),
            isAcquired: z.boolean(),
            acquiredCriteria: z.number().int(),
            totalCriteria: z.number().int(),
          }),
        ),
      }),
    ),
    gaps: z.array(gap),
    carriedOver,
    criteria: z.array(
      z.object({
        key: z.string(),
        score: criterionScore.nullable(),
        heldOn: z.string().nullable(),
        hasExpired: z.boolean(),
      }),
    ),
  })
  .meta({ id: "GapAnalysis" });
