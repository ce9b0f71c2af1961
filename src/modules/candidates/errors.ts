import { AppError, type ErrorKind, fieldError } from "../../server/errors.ts";

/** The refusal codes of the candidates module. */
export const candidateErrors = {
  CANDIDATE_NOT_FOUND: "not_found",
  NOT_YOUR_COMPANY: "forbidden",
  CANDIDATE_ACCOUNT_TAKEN: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the candidates module: the rules tying the identity's fields together (rules.ts). */
export const candidateFieldCodes = [
  /** The birth date is today or later. */
  "NOT_PAST_DATE",
  /** `{min}`: the birth year is before 1900. */
  "YEAR_TOO_EARLY",
  /** Neither an INSEE code nor a postal code (with city), nor a country for those born abroad. */
  "BIRTHPLACE_REQUIRED",
  /** Both the INSEE code and the postal code are given. */
  "BIRTHPLACE_BOTH_CODES",
  /** `{status}`: an employee or temporary worker needs a company. */
  "COMPANY_REQUIRED",
  /** A job seeker has no company. */
  "COMPANY_NOT_ALLOWED",
] as const;

/** No candidate with this id, or one outside the caller's scope (whose existence is not revealed). */
export const candidateNotFound = () => new AppError("not_found", "CANDIDATE_NOT_FOUND", "No such candidate");

/** An employer tried to register or move a candidate to a company other than their own. */
export const notYourCompany = () =>
  new AppError(
    "forbidden",
    "NOT_YOUR_COMPANY",
    "companyId: you may only register your own company's employees",
  );

/** This user account is already the account of another candidate (one person, one candidate record). */
export const candidateAccountTaken = () =>
  new AppError("conflict", "CANDIDATE_ACCOUNT_TAKEN", "userId: already linked to another candidate", {
    fields: { userId: fieldError("ALREADY_USED", "already linked to another candidate") },
  });
