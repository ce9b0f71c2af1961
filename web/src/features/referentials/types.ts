/** The referential of a CQPI, as the API sends it (`/api/qualifications/{code}/versions…`). */

export const assessmentMethods = ["booklet", "questioning", "observation", "interview"] as const;
export type AssessmentMethod = (typeof assessmentMethods)[number];

/** A "résultat attendu observable et/ou mesurable", weighted for the weighted-marks pass rule. */
export interface Criterion {
  code: string;
  indicator: string;
  weight: number;
}

/** A "capacité professionnelle": the savoir-faire attendu, its conditions and how it is assessed. */
export interface Capacity {
  code: string;
  title: string;
  conditions: string;
  methods: AssessmentMethod[];
  criteria: Criterion[];
}

/** A "bloc de compétences" (or a branch's module complémentaire, which has the same shape). */
export interface Block {
  code: string;
  title: string;
  rncpCode: string | null;
  capacities: Capacity[];
}

export type PassRule =
  | { kind: "all_capacities" }
  | { kind: "criteria_percentage"; minPercent: number }
  | {
      kind: "weighted_marks";
      partialCredit: number;
      blockThreshold: number;
      blockThresholds: Record<string, number>;
      overallThreshold: number;
    };
export type PassRuleKind = PassRule["kind"];

/** How long a capacity acquired in a partial result stays acquired. */
export type Validity = { kind: "lifetime" } | { kind: "years"; years: number };

export const versionStatuses = ["draft", "published", "superseded"] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export interface VersionSummary {
  qualificationCode: string;
  version: number;
  status: VersionStatus;
  /** Incremented by every saved edit of a draft; a save sends the revision it started from. */
  revision: number;
  basedOnVersion: number | null;
  createdAt: string;
  publishedAt: string | null;
  supersededAt: string | null;
  blockCount: number;
  capacityCount: number;
  criterionCount: number;
}

/** What an editor changes in a draft. */
export interface ReferentialContent {
  passRule: PassRule;
  validity: Validity;
  blocks: Block[];
}

export type VersionView = VersionSummary & ReferentialContent;

export interface SaveDraftInput extends ReferentialContent {
  revision: number;
}

/** A branch's CPNE decision to operate a published version, with its modules complémentaires. */
export interface Adoption {
  id: number;
  branchCode: string;
  branchName: string;
  version: number;
  decisionDate: string;
  agreementReference: string;
  recordedAt: string;
  modules: Block[];
}

export interface AdoptionInput {
  version: number;
  decisionDate: string;
  agreementReference: string;
  modules: Block[];
}

/** The referential as it applies to a candidate of a branch. */
export interface BranchReferential {
  branchCode: string;
  qualificationTitle: string;
  adoption: Adoption;
  version: VersionView;
}

export type DiffItemKind = "rule" | "block" | "capacity" | "criterion";

export interface DiffChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface DiffEntry {
  kind: DiffItemKind;
  /** Where the item is, by codes: "B1 › C2 › C2.1" ("passRule" and "validity" for rules). */
  path: string;
  label: string;
  changes?: DiffChange[];
}

export interface VersionDiff {
  from: number;
  to: number;
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
}

/** The spreadsheet formats of the evaluation grid, by the content type the server expects. */
export const gridContentTypes = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
