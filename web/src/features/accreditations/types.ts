/** Evaluator accreditations (habilitations) as the API sends them (`/api/accreditations`). */

export interface Accreditation {
  id: number;
  evaluatorUserId: number;
  evaluatorName: string;
  qualificationCode: string;
  branchCode: string;
  validFrom: string;
  /** The first day it no longer holds. */
  validUntil: string;
  revokedAt: string | null;
  isValidToday: boolean;
}

export interface AccreditationInput {
  evaluatorUserId: number;
  qualificationCode: string;
  branchCode: string;
  validFrom: string;
  validUntil: string;
}

export interface AccreditationFilter {
  evaluatorUserId?: number;
  qualificationCode?: string;
  branchCode?: string;
}
