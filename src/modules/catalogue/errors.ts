import { AppError, type ErrorKind, fieldError, validationFailedOn } from "../../server/errors.ts";

/** The refusal codes of the catalogue module. */
export const catalogueErrors = {
  BRANCH_NOT_FOUND: "not_found",
  QUALIFICATION_NOT_FOUND: "not_found",
  BRANCH_CODE_TAKEN: "conflict",
  QUALIFICATION_CODE_TAKEN: "conflict",
  NOT_YOUR_BRANCH: "forbidden",
  OPERATION_NOT_FOUND: "not_found",
  BRANCH_NOT_ADHERED: "conflict",
  QUALIFICATION_NOT_OPERATED: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the catalogue module. */
export const catalogueFieldCodes = [
  /** The charter adhesion date is written only by the national committee's decision on an adhesion request. */
  "SET_BY_ADHESION_DECISION",
  /** The CQPI named is not one the branch operates. */
  "NOT_OPERATED_BY_BRANCH",
] as const;

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

/** Something done for a CQPI in a branch (an evaluator's accreditation) that the branch does not operate. */
export const qualificationNotOperated = (branchCode: string, qualificationCode: string) =>
  new AppError(
    "conflict",
    "QUALIFICATION_NOT_OPERATED",
    `qualificationCode: branch ${branchCode} does not operate CQPI ${qualificationCode}`,
    {
      params: { branchCode, qualificationCode },
      fields: { qualificationCode: fieldError("NOT_OPERATED_BY_BRANCH", "not operated by this branch") },
    },
  );

export const operationNotFound = () =>
  new AppError("not_found", "OPERATION_NOT_FOUND", "This branch does not operate this CQPI");

/**
 * A branch operates or adopts a CQPI only once it has adhered to the charter, on or before the date
 * (`decisionDate`: the adoption's decision, or the day it operates since, today when not given);
 * `adheredOn` is left out when it has not adhered at all.
 */
export const branchNotAdhered = (branchCode: string, decisionDate: string, adheredOn: string | null) =>
  new AppError(
    "conflict",
    "BRANCH_NOT_ADHERED",
    adheredOn
      ? `Branch ${branchCode} adhered to the charter on ${adheredOn}, after ${decisionDate}`
      : `Branch ${branchCode} has not adhered to the CQPI charter`,
    { params: { branchCode, decisionDate, ...(adheredOn && { adheredOn }) } },
  );

/** The charter adhesion date is not edited: the national committee's decision on the adhesion writes it. */
export const adhesionDateNotEditable = () =>
  validationFailedOn(
    "charterAdhesionDate",
    fieldError("SET_BY_ADHESION_DECISION", "set by the national committee's decision on an adhesion request"),
  );
