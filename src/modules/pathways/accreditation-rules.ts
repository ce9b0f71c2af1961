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

/**
 * Why an evaluator is not accredited on a day: none at all, only revoked ones, one that starts later
 * (`from`: its first day), or expired ones (`until`: the last day the latest one held).
 */
export type NotAccredited =
  | { reason: "none" }
  | { reason: "revoked" }
  | { reason: "upcoming"; from: string }
  | { reason: "expired"; until: string };

/** Why none of an evaluator's accreditations (for one CQPI in one branch) holds on `day`; null if one does. */
export function whyNotAccredited(accreditations: AccreditationPeriod[], day: string): NotAccredited | null {
  if (accreditations.length === 0) return { reason: "none" };
  const states = accreditations.map((a) => accreditationState(a, day));
  if (states.includes("valid")) return null;
  const live = accreditations.filter((a) => a.revokedAt === null);
  if (live.length === 0) return { reason: "revoked" };
  const upcoming = live.filter((a) => a.validFrom > day).map((a) => a.validFrom);
  if (upcoming.length > 0) return { reason: "upcoming", from: upcoming.sort()[0]! };
  return {
    reason: "expired",
    until: live
      .map((a) => a.validUntil)
      .sort()
      .at(-1)!,
  };
}
