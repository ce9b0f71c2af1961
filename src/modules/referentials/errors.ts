import type { FieldErrorCode } from "../../server/error-codes.ts";
import {
  AppError,
  type ErrorKind,
  type ErrorParams,
  type FieldError,
  type FieldErrors,
  fieldError,
} from "../../server/errors.ts";

/** The refusal codes of the referentials module. */
export const referentialErrors = {
  IMPORT_FAILED: "invalid",
  VERSION_NOT_FOUND: "not_found",
  VERSION_NOT_EDITABLE: "conflict",
  REVISION_CONFLICT: "conflict",
  DRAFT_EXISTS: "conflict",
  VERSION_INCOMPLETE: "invalid",
  REFERENTIAL_NOT_ADOPTED: "not_found",
  VERSION_NOT_PUBLISHED: "conflict",
  /** `{branchCode, decisionDate, adheredOn?}`: the branch had not adhered to the charter on the adoption's date. */
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the referentials module: publication checks, adoption, and imported files. */
export const referentialFieldCodes = [
  "NO_BLOCK",
  /** `{code}` of the bloc, capacity or threshold at fault. */
  "BLOCK_WITHOUT_CAPACITY",
  "CAPACITY_NEEDS_CRITERION",
  "CAPACITY_NEEDS_METHOD",
  "CAPACITY_NEEDS_CRITERION_AND_METHOD",
  "UNKNOWN_BLOCK",
  /** `{code}`: a branch module reusing a code of the CQPI's referential. */
  "RESERVED_BLOCK_CODE",
  "RESERVED_CAPACITY_CODE",
  // Imported files: `{row, column}` or `{path}` say where, beside each code's own parameters.
  /** `{detail}`: the CSV parser's own words. */
  "NOT_CSV",
  "NOT_XLSX",
  "NO_SHEET",
  "NOT_HEADER_ROW",
  /** `{columns}`: the expected header. */
  "EMPTY_GRID",
  /** `{column}`: its 1-based position. */
  "UNNAMED_COLUMN",
  /** `{columns}`: the expected ones. */
  "UNKNOWN_COLUMN",
  "COLUMN_TWICE",
  "MISSING_COLUMN",
  /** `{firstRow, value}`: the row that first described this item, and what it said. */
  "DIFFERS_FROM_ROW",
  "BEYOND_LAST_COLUMN",
  "CAPACITY_CODE_REQUIRED",
  /** `{method, options}` */
  "UNKNOWN_METHOD",
  /** `{value}` */
  "NOT_A_NUMBER",
  "NOT_CASE_PACKAGE",
  "IDENTIFIER_OF_DOCUMENT",
  /** `{identifier, other}`: the other item with that identifier. */
  "IDENTIFIER_TWICE",
  /** `{label, options}` */
  "UNKNOWN_ITEM_TYPE",
  /** `{found, expected}`: item type titles. */
  "MISPLACED_ITEM_TYPE",
  "CHILD_OF_CRITERION",
  /** `{identifier}` */
  "NO_SUCH_ITEM",
  /** `{child, identifier}` */
  "PARENT_NOT_FOUND",
  /** `{child, association}`: the association that already gave it a parent. */
  "SECOND_PARENT",
  "NO_PARENT",
  "PARENT_CYCLE",
  /** `{code, first}`: where the code is first used. */
  "CODE_USED_BY_SIBLING",
] as const;

/** Where a problem is in an imported file, as precisely as the format allows. */
export interface ImportLocation {
  /** 1-based row in a CSV/XLSX grid (the header is row 1). */
  row?: number;
  /** Column name in a grid. */
  column?: string;
  /** JSON path or item identifier in a CASE package. */
  path?: string;
}

/** One problem found in an imported file: where, and what (a field code with its parameters). */
export type ImportProblem = ImportLocation & FieldError;

/** An import problem at a location. */
export const importProblem = (
  at: ImportLocation,
  code: FieldErrorCode,
  message: string,
  params?: ErrorParams,
): ImportProblem => ({ ...at, ...fieldError(code, message, params) });

/** Where a problem is, as a field key: "row 4, criterion_code", "CFItems[3].fullStatement"… */
export function locate(at: ImportLocation): string {
  if (at.row !== undefined) return `row ${at.row}${at.column ? `, ${at.column}` : ""}`;
  return at.path ?? at.column ?? "file";
}

/**
 * The imported file has problems; nothing was written. Every place at fault is listed in `fields`
 * (the first problem found there), its location also given as parameters (`row`, `column`, `path`).
 */
export const importFailed = (problems: ImportProblem[]) => {
  const fields: FieldErrors = {};
  for (const { row, column, path, code, params, message } of problems) {
    const at = { ...(row !== undefined && { row }), ...(column && { column }), ...(path && { path }) };
    fields[locate(at)] ??= fieldError(code, message, { ...params, ...at });
  }
  return new AppError(
    "invalid",
    "IMPORT_FAILED",
    `The file has ${problems.length} problem(s); nothing was imported`,
    { params: { count: problems.length }, fields },
  );
};

export const versionNotFound = (code: string, version: number) =>
  new AppError("not_found", "VERSION_NOT_FOUND", `CQPI ${code} has no referential version ${version}`, {
    params: { code, version },
  });

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
      params: { current },
      fields: { revision: fieldError("REVISION_STALE", `is now ${current}`, { current }) },
    },
  );

/** A CQPI has at most one draft at a time. */
export const draftExists = (version: number) =>
  new AppError("conflict", "DRAFT_EXISTS", `Version ${version} is already a draft; edit it or delete it`, {
    params: { version },
  });

/** Publication needs every capacity to have a criterion and a method; `fields` lists what is missing. */
export const versionIncomplete = (fields: FieldErrors) =>
  new AppError("invalid", "VERSION_INCOMPLETE", "The version cannot be published yet", { fields });

/** The branch has not adopted any published version of this CQPI. */
export const referentialNotAdopted = (branchCode: string, code: string) =>
  new AppError(
    "not_found",
    "REFERENTIAL_NOT_ADOPTED",
    `Branch ${branchCode} has not adopted a referential of ${code}`,
    { params: { branchCode, code } },
  );

/** A grid is sent as CSV or XLSX bytes. */
export const gridNotCsvOrXlsx = () =>
  new AppError(
    "unsupported_media_type",
    "UNSUPPORTED_MEDIA_TYPE",
    "Send the grid as text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );

/** Only a published version can be adopted by a branch. */
export const versionNotPublished = () =>
  new AppError("conflict", "VERSION_NOT_PUBLISHED", "Only a published version can be adopted");

/** Too many export downloads from one anonymous address; the limit resets each minute. */
export const tooManyExports = () =>
  new AppError("too_many_requests", "RATE_LIMITED", "Too many downloads; slow down or sign in");
