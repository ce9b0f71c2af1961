import { AppError } from "../../server/errors.ts";

export const branchNotFound = (code: string) =>
  new AppError("not_found", "BRANCH_NOT_FOUND", `No branch with code ${code}`);

export const qualificationNotFound = (code: string) =>
  new AppError("not_found", "QUALIFICATION_NOT_FOUND", `No CQPI with code ${code}`);

export const branchCodeTaken = () =>
  new AppError("conflict", "BRANCH_CODE_TAKEN", "code: another branch has this code", {
    code: "already used",
  });

export const qualificationCodeTaken = () =>
  new AppError("conflict", "QUALIFICATION_CODE_TAKEN", "code: another CQPI has this code", {
    code: "already used",
  });

/** A branch officer tried to edit a branch that is not theirs. */
export const notYourBranch = () =>
  new AppError("forbidden", "NOT_YOUR_BRANCH", "You may only edit your own branch");

export const operationNotFound = () =>
  new AppError("not_found", "OPERATION_NOT_FOUND", "This branch does not operate this CQPI");
