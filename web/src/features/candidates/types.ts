/** Candidates as the API sends them (`/api/candidates…`): identity as the Caisse des Dépôts declaration needs it. */

export type Sex = "M" | "F";

export const employmentStatuses = ["employee", "temporary_worker", "job_seeker"] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];

export interface CandidateInput {
  birthName: string;
  usageName: string | null;
  /** Prénoms, in civil-status order (one to three). */
  firstNames: string[];
  birthDate: string;
  sex: Sex;
  /** Born in France: the commune's INSEE code or its postal code (never both). */
  birthInseeCode: string | null;
  birthPostalCode: string | null;
  birthCity: string | null;
  /** Born abroad: the country (a 3-character code and its name). */
  birthCountryCode: string | null;
  birthCountry: string | null;
  email: string | null;
  phone: string | null;
  employmentStatus: EmploymentStatus;
  /** Required unless job seeker; an employer leaves it out for their own company. */
  companyId?: number | null;
  hasPriorCertification: boolean;
  /** The candidate's own account, if they have one. */
  userId: number | null;
}

export interface Candidate extends Omit<CandidateInput, "companyId"> {
  id: number;
  /** "Prénom NOM". */
  displayName: string;
  companyId: number | null;
  companyName: string | null;
  createdAt: string;
  updatedAt: string;
}
