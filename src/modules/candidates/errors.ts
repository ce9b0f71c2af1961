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
