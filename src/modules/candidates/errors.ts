import { AppError, type ErrorKind, fieldError } from "../../server/errors.ts";

/** The refusal codes of the candidates module. */
export const candidateErrors = {
  CANDIDATE_NOT_FOUND: "not_found",
  NOT_YOUR_COMPANY: "forbidden",
  CANDIDATE_ACCOUNT_TAKEN: "conflict",
  CANDIDATE_NOT_EDITABLE: "forbidden",
  ACCOUNT_LINK_FORBIDDEN: "forbidden",
  CANDIDATE_ACCOUNT_UNAVAILABLE: "invalid",
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
  /** Only a secretariat links a candidate's record to a login account. */
  "SECRETARIAT_ONLY",
  /** Not a free candidate account (said the same way whatever the reason). */
  "ACCOUNT_UNAVAILABLE",
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

/**
 * The caller sees this candidate but may not edit them: a branch officer's candidate employed by a
 * company of another branch (that branch's secretariat keeps the record).
 */
export const candidateNotEditable = () =>
  new AppError(
    "forbidden",
    "CANDIDATE_NOT_EDITABLE",
    "This candidate is employed by a company of another branch; its secretariat edits the record",
  );

/** Only the secretariats (admin, branch officer) link a candidate's record to a login account. */
export const accountLinkForbidden = () =>
  new AppError("forbidden", "ACCOUNT_LINK_FORBIDDEN", "userId: only a secretariat links a login account", {
    fields: { userId: fieldError("SECRETARIAT_ONLY", "only a secretariat links a login account") },
  });

/**
 * The account cannot be linked, told the same way whatever the reason (unknown, not a candidate's,
 * already another record's), so that a caller with a limited scope learns nothing about accounts.
 */
export const candidateAccountUnavailable = () =>
  new AppError("invalid", "CANDIDATE_ACCOUNT_UNAVAILABLE", "userId: this account cannot be linked", {
    fields: { userId: fieldError("ACCOUNT_UNAVAILABLE", "cannot be linked: not a free candidate account") },
  });
