import { z } from "zod";
import { namedPattern } from "../../server/field-formats.ts";
import { textInput } from "../../server/input.ts";
import { criterionScores } from "./pass-rule.ts";

/**
 * The competency referential of a CQPI (BRIEF §3.2): blocs de compétences → capacités
 * professionnelles → résultats attendus (criteria), with the conditions of performance, the
 * evaluation methods per capacity, the pass rule and the validity of partial acquisitions.
 */

export const assessmentMethods = ["booklet", "questioning", "observation", "interview"] as const;
export const assessmentMethod = z.enum(assessmentMethods);
export type AssessmentMethod = z.infer<typeof assessmentMethod>;

export const criterionScore = z.enum(criterionScores);

const itemCode = z
  .string()
  .trim()
  .regex(
    namedPattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, "referential_code"),
    "must be 1–30 letters, digits, dots, hyphens or underscores",
  );

export const criterion = z.strictObject({
  code: itemCode,
  /** The "résultat attendu observable et/ou mesurable". */
  indicator: textInput({ isMultiline: true }).trim().min(1).max(2000),
  /** Weight of the criterion in the weighted-marks pass rule (ignored by the other rules). */
  weight: z.number().positive().max(100).default(1),
});
export type Criterion = z.infer<typeof criterion>;

export const capacity = z.strictObject({
  code: itemCode,
  /** The "savoir-faire attendu". */
  title: textInput({ isMultiline: true }).trim().min(1).max(500),
  /** The "conditions de réalisation". */
  conditions: textInput({ isMultiline: true }).trim().max(2000).default(""),
  /** Which evaluation methods assess this capacity (the evaluation referential). */
  methods: z.array(assessmentMethod).max(4).default([]),
  criteria: z.array(criterion).max(50).default([]),
});
export type Capacity = z.infer<typeof capacity>;

export const block = z
  .strictObject({
    code: itemCode,
    title: textInput({ isMultiline: true }).trim().min(1).max(500),
    rncpCode: textInput().trim().max(30).nullable().default(null),
    capacities: z.array(capacity).max(50).default([]),
  })
  .meta({ id: "Block" });
export type Block = z.infer<typeof block>;

const percent = z.number().min(0).max(100);

/** How the acquired criteria decide the award; evaluated by `evaluatePassRule` in rules.ts. */
export const passRule = z.discriminatedUnion("kind", [
  /** Every capacity acquired (the CQPI default). */
  z.strictObject({ kind: z.literal("all_capacities") }),
  /** At least `minPercent` % of the criteria acquired in every bloc. */
  z.strictObject({ kind: z.literal("criteria_percentage"), minPercent: percent.min(1) }),
  /**
   * Criteria weighted; acquired counts 1, partially `partialCredit`, not acquired 0. Each bloc's score
   * must reach its threshold (`blockThresholds[code]`, else `blockThreshold`) and the overall score
   * `overallThreshold`, in %.
   */
  z.strictObject({
    kind: z.literal("weighted_marks"),
    partialCredit: z.number().min(0).max(1).default(0.5),
    blockThreshold: percent,
    blockThresholds: z.record(textInput().max(30), percent).default({}),
    overallThreshold: percent,
  }),
]);
export type PassRule = z.infer<typeof passRule>;

/** How long a capacity acquired in a partial result stays acquired. */
export const validity = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("lifetime") }),
    z.strictObject({ kind: z.literal("years"), years: z.number().int().min(1).max(50) }),
  ])
  .meta({ id: "Validity" });
export type Validity = z.infer<typeof validity>;

/** What an editor changes in a draft: the whole tree plus the rules. */
export const referentialContent = z.strictObject({
  passRule: passRule.default({ kind: "all_capacities" }),
  validity: validity.default({ kind: "lifetime" }),
  blocks: z.array(block).max(30).default([]),
});
export type ReferentialContent = z.infer<typeof referentialContent>;

export const versionStatuses = ["draft", "published", "superseded"] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const versionSummary = z
  .object({
    qualificationCode: z.string(),
    version: z.number().int(),
    status: z.enum(versionStatuses),
    /** Incremented by every saved edit of a draft; an edit must send the revision it started from. */
    revision: z.number().int(),
    basedOnVersion: z.number().int().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    supersededAt: z.string().nullable(),
    blockCount: z.number().int(),
    capacityCount: z.number().int(),
    criterionCount: z.number().int(),
  })
  .meta({ id: "VersionSummary" });
export type VersionSummary = z.infer<typeof versionSummary>;

export const versionView = versionSummary
  .extend({
    passRule,
    validity,
    blocks: z.array(block),
  })
  .meta({ id: "Version" });
export type VersionView = z.infer<typeof versionView>;

export const saveDraftInput = referentialContent.extend({ revision: z.number().int().min(0) });
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

export const recordAdoptionInput = z
  .strictObject({
    version: z.number().int().positive(),
    decisionDate: z.iso.date("must be a date YYYY-MM-DD"),
    agreementReference: textInput().trim().min(1).max(300),
    /** The branch's modules complémentaires: extra blocs with their capacities and criteria. */
    modules: z.array(block).max(20).default([]),
  })
  .meta({ id: "RecordAdoption" });
export type RecordAdoptionInput = z.infer<typeof recordAdoptionInput>;

export const adoptionView = z
  .object({
    id: z.number().int(),
    branchCode: z.string(),
    branchName: z.string(),
    version: z.number().int(),
    decisionDate: z.string(),
    agreementReference: z.string(),
    recordedAt: z.string(),
    modules: z.array(block),
  })
  .meta({ id: "Adoption" });

export const branchReferentialView = z.object({
  branchCode: z.string(),
  qualificationTitle: z.string(),
  adoption: adoptionView,
  version: versionView,
});

const diffEntry = z.object({
  kind: z.enum(["rule", "block", "capacity", "criterion"]),
  path: z.string(),
  label: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })).optional(),
});

export const versionDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  added: z.array(diffEntry),
  removed: z.array(diffEntry),
  changed: z.array(diffEntry),
});
