/**
 * Where an evaluator's accreditation stands on a day (`YYYY-MM-DD`): valid from its first day to its
 * last day, both included, unless revoked. Pure, shared by the server and the web app's badges.
 */
export type AccreditationState = "valid" | "upcoming" | "expired" | "revoked";

export interface AccreditationPeriod {
  validFrom: string;
  validUntil: string;
  revokedAt: string | null;
}

export function accreditationState(accreditation: AccreditationPeriod, day: string): AccreditationState {
  if (accreditation.revokedAt !== null) return "revoked";
  if (day < accreditation.validFrom) return "upcoming";
  if (day > accreditation.validUntil) return "expired";
  return "valid";
}

/** Why none of an evaluator's accreditations (for one CQPI in one branch) holds on `day`; null if one does. */
export function whyNotAccredited(accreditations: AccreditationPeriod[], day: string): string | null {
  if (accreditations.length === 0) return "no accreditation for this CQPI in this branch";
  const states = accreditations.map((a) => accreditationState(a, day));
  if (states.includes("valid")) return null;
  if (states.every((state) => state === "revoked")) return "accreditation revoked";
  if (states.includes("upcoming")) return "accreditation not yet valid";
  return "accreditation expired";
}
