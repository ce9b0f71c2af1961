import { AppError, type ErrorKind, fieldError } from "../../server/errors.ts";

/** The refusal codes of the catalogue module. */
export const catalogueErrors = {
  BRANCH_NOT_FOUND: "not_found",
  QUALIFICATION_NOT_FOUND: "not_found",
  BRANCH_CODE_TAKEN: "conflict",
  QUALIFICATION_CODE_TAKEN: "conflict",
  NOT_YOUR_BRANCH: "forbidden",
  OPERATION_NOT_FOUND: "not_found",
} as const satisfies Record<string, ErrorKind>;

export const branchNotFound = (code: string) =>
  new AppError("not_found", "BRANCH_NOT_FOUND", `No branch with code ${code}`, { params: { code } });

export const qualificationNotFound = (code: string) =>
  new AppError("not_found", "QUALIFICATION_NOT_FOUND", `No CQPI with code ${code}`, { params: { code } });

export const branchCodeTaken = () =>
  new AppError("conflict", "BRANCH_CODE_TAKEN", "code: another branch has this code", {
    fields: { code: fieldError("ALREADY_USED", "already used") },
  });

export const qualificationCodeTaken = () =>
  new AppError("conflict", "QUALIFICATION_CODE_TAKEN", "code: another CQPI has this code", {
    fields: { code: fieldError("ALREADY_USED", "already used") },
  });

/** A branch officer tried to edit a branch that is not theirs. */
export const notYourBranch = () =>
  new AppError("forbidden", "NOT_YOUR_BRANCH", "You may only edit your own branch");

export const operationNotFound = () =>
  new AppError("not_found", "OPERATION_NOT_FOUND", "This branch does not operate this CQPI");
