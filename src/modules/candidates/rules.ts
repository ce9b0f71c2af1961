import { type FieldErrors, fieldError } from "../../server/errors.ts";

export const sexes = ["M", "F"] as const;
export type Sex = (typeof sexes)[number];

export const employmentStatuses = ["employee", "temporary_worker", "job_seeker"] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];

/** What the cross-field rules look at; `companyId` is undefined while it is still to be defaulted. */
export interface CandidateFacts {
  birthDate: string;
  birthInseeCode: string | null;
  birthPostalCode: string | null;
  birthCountryCode: string | null;
  employmentStatus: EmploymentStatus;
  companyId?: number | null | undefined;
}

/**
 * The rules that tie fields together, each problem under the field to correct. The Caisse des Dépôts
 * declaration needs a birth commune as an INSEE code or a postal code, never both; someone born abroad
 * is identified by their country instead. An employee or a temporary worker works in a company (for a
 * temporary worker, where they are placed); a job seeker has none.
 */
export function candidateProblems(facts: CandidateFacts, today: string): FieldErrors {
  const fields: FieldErrors = {};
  if (facts.birthDate >= today) fields.birthDate = fieldError("NOT_PAST_DATE", "must be a past date");
  const isBornAbroad = facts.birthCountryCode !== null;
  if (facts.birthInseeCode !== null && facts.birthPostalCode !== null) {
    fields.birthPostalCode = fieldError(
      "BIRTHPLACE_BOTH_CODES",
      "must be empty when birthInseeCode is given",
    );
  } else if (!isBornAbroad && facts.birthInseeCode === null && facts.birthPostalCode === null) {
    fields.birthInseeCode = fieldError(
      "BIRTHPLACE_REQUIRED",
      "required (or birthPostalCode) unless born abroad (birthCountryCode)",
    );
  }
  if (facts.companyId !== undefined) {
    const isJobSeeker = facts.employmentStatus === "job_seeker";
    if (!isJobSeeker && facts.companyId === null)
      fields.companyId = fieldError("COMPANY_REQUIRED", `required for ${facts.employmentStatus}`, {
        status: facts.employmentStatus,
      });
    if (isJobSeeker && facts.companyId !== null)
      fields.companyId = fieldError("COMPANY_NOT_ALLOWED", "must be empty for job_seeker");
  }
  return fields;
}

/** "Prénom NOM": the first first name and the usage name (else the birth name) in capitals. */
export function displayNameOf(candidate: {
  firstNames: string[];
  birthName: string;
  usageName: string | null;
}): string {
  const lastName = (candidate.usageName ?? candidate.birthName).toLocaleUpperCase("fr-FR");
  return [candidate.firstNames[0], lastName].filter(Boolean).join(" ");
}

/** Today's date (YYYY-MM-DD, UTC) as the rules compare it. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
