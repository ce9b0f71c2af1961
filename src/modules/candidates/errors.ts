import { AppError } from "../../server/errors.ts";

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
    userId: "already linked to another candidate",
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
    userId: "only a secretariat links a login account",
  });

/**
 * The account cannot be linked, told the same way whatever the reason (unknown, not a candidate's,
 * already another record's), so that a caller with a limited scope learns nothing about accounts.
 */
export const candidateAccountUnavailable = () =>
  new AppError("invalid", "CANDIDATE_ACCOUNT_UNAVAILABLE", "userId: this account cannot be linked", {
    userId: "cannot be linked: not a free candidate account",
  });
