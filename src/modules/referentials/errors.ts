import { AppError, type FieldErrors } from "../../server/errors.ts";

/** One problem found in an imported file, located as precisely as the format allows. */
export interface ImportProblem {
  /** 1-based row in a CSV/XLSX grid (the header is row 1). */
  row?: number;
  /** Column name in a grid. */
  column?: string;
  /** JSON path or item identifier in a CASE package. */
  path?: string;
  message: string;
}

/** Where a problem is, as a field key: "row 4, criterion_code", "CFItems[3].fullStatement"… */
export function locate(problem: ImportProblem): string {
  if (problem.row !== undefined) return `row ${problem.row}${problem.column ? `, ${problem.column}` : ""}`;
  return problem.path ?? problem.column ?? "file";
}

/** The imported file has problems; nothing was written. Every problem is listed in `fields`. */
export const importFailed = (problems: ImportProblem[]) => {
  const fields: FieldErrors = {};
  for (const problem of problems) {
    const key = locate(problem);
    fields[key] = fields[key] ? `${fields[key]}; ${problem.message}` : problem.message;
  }
  return new AppError(
    "invalid",
    "IMPORT_FAILED",
    `The file has ${problems.length} problem(s); nothing was imported`,
    fields,
  );
};

export const versionNotFound = (code: string, version: number) =>
  new AppError("not_found", "VERSION_NOT_FOUND", `CQPI ${code} has no referential version ${version}`);

/** A published or superseded version never changes; start a new draft instead. */
export const versionNotEditable = () =>
  new AppError(
    "conflict",
    "VERSION_NOT_EDITABLE",
    "This version is published and can no longer change; create a new draft",
  );

/** Someone saved the draft since this edit started; reload it and apply the change again. */
export const revisionConflict = (current: number) =>
  new AppError(
    "conflict",
    "REVISION_CONFLICT",
    `The draft was changed by someone else (now at revision ${current}); reload it`,
    {
      revision: `is now ${current}`,
    },
  );

/** A CQPI has at most one draft at a time. */
export const draftExists = (version: number) =>
  new AppError("conflict", "DRAFT_EXISTS", `Version ${version} is already a draft; edit it or delete it`);

/** Publication needs every capacity to have a criterion and a method; `fields` lists what is missing. */
export const versionIncomplete = (fields: FieldErrors) =>
  new AppError("invalid", "VERSION_INCOMPLETE", "The version cannot be published yet", fields);

/** The branch has not adopted any published version of this CQPI. */
export const referentialNotAdopted = (branchCode: string, code: string) =>
  new AppError(
    "not_found",
    "REFERENTIAL_NOT_ADOPTED",
    `Branch ${branchCode} has not adopted a referential of ${code}`,
  );

/** Only a published version can be adopted by a branch. */
export const versionNotPublished = () =>
  new AppError("conflict", "VERSION_NOT_PUBLISHED", "Only a published version can be adopted");

/** Too many export downloads from one anonymous address; the limit resets each minute. */
export const tooManyExports = () =>
  new AppError("too_many_requests", "RATE_LIMITED", "Too many downloads; slow down or sign in");
