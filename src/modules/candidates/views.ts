import type { CandidateRow } from "../../db/schema.ts";
import { displayNameOf } from "./rules.ts";
import type { CandidateFields, CandidateView } from "./schemas.ts";

export function toCandidateView(row: CandidateRow & { company_name: string | null }): CandidateView {
  const firstNames = JSON.parse(row.first_names_json) as string[];
  return {
    id: row.id,
    displayName: displayNameOf({ firstNames, birthName: row.birth_name, usageName: row.usage_name }),
    birthName: row.birth_name,
    usageName: row.usage_name,
    firstNames,
    birthDate: row.birth_date,
    sex: row.sex,
    birthInseeCode: row.birth_insee_code,
    birthPostalCode: row.birth_postal_code,
    birthCity: row.birth_city,
    birthCountryCode: row.birth_country_code,
    birthCountry: row.birth_country,
    email: row.email,
    phone: row.phone,
    employmentStatus: row.employment_status,
    companyId: row.company_id,
    companyName: row.company_name,
    hasPriorCertification: row.has_prior_certification === 1,
    userId: row.user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The record as stored: the view's fields in column names (first names as JSON text). */
export function toCandidateColumns(candidate: CandidateFields) {
  return {
    birth_name: candidate.birthName,
    usage_name: candidate.usageName,
    first_names_json: JSON.stringify(candidate.firstNames),
    birth_date: candidate.birthDate,
    sex: candidate.sex,
    birth_insee_code: candidate.birthInseeCode,
    birth_postal_code: candidate.birthPostalCode,
    birth_city: candidate.birthCity,
    birth_country_code: candidate.birthCountryCode,
    birth_country: candidate.birthCountry,
    email: candidate.email,
    phone: candidate.phone,
    employment_status: candidate.employmentStatus,
    company_id: candidate.companyId,
    has_prior_certification: Number(candidate.hasPriorCertification),
    user_id: candidate.userId,
  };
}
