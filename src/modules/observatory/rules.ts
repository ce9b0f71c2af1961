import type { CdcPending } from "./schemas.ts";

/**
 * The statistics' definitions, as pure functions: what "over 45", "first certification", "direct on
 * experience" and "declared in time" mean. The facts are computed once, when a certificate is issued,
 * and stored beside it (award_facts), so that every figure is a count over stored columns.
 */

/** Holders aged 45 or more on the day of the award count as "over 45" (« 45 ans et plus »). */
export const OVER_AGE = 45;

/** The Caisse des Dépôts must receive a holder's declaration within three months of the award. */
export const DECLARATION_MONTHS = 3;

/** How the award was reached: without any training plan (experience alone), or after training. */
export const awardRoutes = ["direct", "with_training"] as const;
export type AwardRoute = (typeof awardRoutes)[number];

const parts = (date: string) => date.split("-").map(Number) as [number, number, number];

/** Full years between a birth date and a day (both YYYY-MM-DD): the age on that day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(day);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day
 * (30 November + 3 months = 28 or 29 February).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The last day on which the award may be declared in time. */
export const declarationDueOn = (awardedOn: string) => addMonths(awardedOn, DECLARATION_MONTHS);

/** What is known of a holder and their pathway when the certificate is issued. */
export interface AwardCircumstances {
  birthDate: string;
  awardedOn: string;
  registeredOn: string;
  /** The candidate declared a certification obtained before registering. */
  hasPriorCertification: boolean;
  /** The platform already issued this holder a certificate. */
  hasEarlierCertificate: boolean;
  /** The pathway had a training plan. */
  hasTrainingPlan: boolean;
}

export interface AwardFigures {
  ageAtAward: number;
  isOver45: boolean;
  isFirstCertification: boolean;
  route: AwardRoute;
  registrationToAwardDays: number;
  declarationDueOn: string;
}

/** The facts the figures count, from the circumstances of one award. */
export function awardFigures(c: AwardCircumstances): AwardFigures {
  const ageAtAward = ageOn(c.birthDate, c.awardedOn);
  return {
    ageAtAward,
    isOver45: ageAtAward >= OVER_AGE,
    isFirstCertification: !c.hasPriorCertification && !c.hasEarlierCertificate,
    route: c.hasTrainingPlan ? "with_training" : "direct",
    registrationToAwardDays: daysBetween(c.registeredOn, c.awardedOn),
    declarationDueOn: declarationDueOn(c.awardedOn),
  };
}

/** A share in percent with one decimal, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The awards still to declare, each with the identity fields its holder lacks (none: declarable). */
export function undeclaredWithGaps(pending: CdcPending) {
  const missingOf = new Map(pending.blocked.map((holder) => [holder.certificateNumber, holder.missing]));
  return pending.undeclared.map((award) => ({
    ...award,
    missing: missingOf.get(award.certificateNumber) ?? [],
  }));
}

/**
 * The median of values given as counts per value, in increasing order of value: the middle value, or the
 * mean of the two middle ones; null when nothing was counted.
 */
export function medianOfCounts(rows: readonly { value: number; count: number }[]): number | null {
  const n = rows.reduce((sum, r) => sum + r.count, 0);
  if (n === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const r of rows) {
      seen += r.count;
      if (rank < seen) return r.value;
    }
    return rows.at(-1)!.value;
  };
  const low = at(Math.floor((n - 1) / 2));
  const high = n % 2 === 1 ? low : at(n / 2);
  return (low + high) / 2;
}
