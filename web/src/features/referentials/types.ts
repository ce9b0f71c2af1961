/**
 * The referential of a CQPI, as the API sends it (`/api/qualifications/{code}/versions…`): inferred
 * from the server's zod schemas, the contract.
 */
import type { z } from "zod";
import type {
  AssessmentMethod,
  adoptionView,
  Block,
  branchReferentialView,
  Capacity,
  Criterion,
  PassRule,
  ReferentialContent,
  recordAdoptionInput,
  SaveDraftInput,
  Validity,
  VersionStatus,
  VersionSummary,
  VersionView,
  versionDiff,
} from "../../../../src/modules/referentials/schemas.ts";

export type {
  AssessmentMethod,
  Block,
  Capacity,
  Criterion,
  PassRule,
  ReferentialContent,
  SaveDraftInput,
  Validity,
  VersionStatus,
  VersionSummary,
  VersionView,
};
export type PassRuleKind = PassRule["kind"];

/** The evaluation methods in the order of the PMQ (the server's module also carries zod, kept out of the bundle). */
export const assessmentMethods = [
  "booklet",
  "questioning",
  "observation",
  "interview",
] as const satisfies readonly AssessmentMethod[];
export const versionStatuses = [
  "draft",
  "published",
  "superseded",
] as const satisfies readonly VersionStatus[];

/** A branch's CPNE decision to operate a published version, with its modules complémentaires. */
export type Adoption = z.infer<typeof adoptionView>;
export type AdoptionInput = z.input<typeof recordAdoptionInput>;
/** The referential as it applies to a candidate of a branch. */
export type BranchReferential = z.infer<typeof branchReferentialView>;

export type VersionDiff = z.infer<typeof versionDiff>;
/** Where an item is, by codes: "B1 › C2 › C2.1" ("passRule" and "validity" for rules). */
export type DiffEntry = VersionDiff["added"][number];
export type DiffItemKind = DiffEntry["kind"];
export type DiffChange = NonNullable<DiffEntry["changes"]>[number];

/** The spreadsheet formats of the evaluation grid, by the content type the server expects. */
export const gridContentTypes = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
