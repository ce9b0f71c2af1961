import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { AwardGroup, ObservatoryFigures } from "./types.ts";

/** What the dashboard computes from the awards table it was sent: no rule of its own, sums and shares. */

export type AwardCounts = Pick<
  AwardGroup,
  "awards" | "full" | "partial" | "over45" | "firstCertification" | "direct"
>;

const countKeys = ["awards", "full", "partial", "over45", "firstCertification", "direct"] as const;
const zero = (): AwardCounts => ({
  awards: 0,
  full: 0,
  partial: 0,
  over45: 0,
  firstCertification: 0,
  direct: 0,
});

function addInto(total: AwardCounts, row: AwardCounts) {
  for (const key of countKeys) total[key] += row[key];
}

export function totalOf(rows: readonly AwardCounts[]): AwardCounts {
  const total = zero();
  for (const row of rows) addInto(total, row);
  return total;
}

/** The rows summed by one of their dimensions, in the order of that dimension (years, codes). */
export function groupedBy<Key extends "year" | "qualificationCode" | "branchCode">(
  rows: readonly AwardGroup[],
  key: Key,
): (AwardCounts & { key: string })[] {
  const groups = new Map<string, AwardCounts>();
  for (const row of rows) {
    const value = String(row[key] ?? "");
    const group = groups.get(value) ?? zero();
    addInto(group, row);
    groups.set(value, group);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, counts]) => ({ key: value, ...counts }));
}

/** One card of the dashboard's figures: what it counts, its value (null: none) and how it reads. */
export interface FigureCard {
  label: MessageKey;
  value: number | null;
  unit: "count" | "percent" | "days";
}

/** The dashboard's cards, in order, from the figures of its scope (every value null until they arrive). */
export function figureCards(figures: ObservatoryFigures | undefined): FigureCard[] {
  const card = (label: MessageKey, value: number | null | undefined, unit: FigureCard["unit"]) => ({
    label,
    value: value ?? null,
    unit,
  });
  return [
    card("observatory.awards", figures?.certificates, "count"),
    card("observatory.fullShare", figures?.fullShare, "percent"),
    card("observatory.over45Share", figures?.over45Share, "percent"),
    card("observatory.firstCertificationShare", figures?.firstCertificationShare, "percent"),
    card("observatory.directShare", figures?.directOnExperienceShare, "percent"),
    card("observatory.medianDays", figures?.medianRegistrationToAwardDays, "days"),
    card("observatory.declaredInTime", figures?.declaredWithinThreeMonthsShare, "percent"),
  ];
}

/**
 * A share read the way the seed's slide says it ("1 sur 3"): the simplest fraction with a denominator up
 * to 5 within two points of the share; null when none is that close.
 */
export function roughFraction(percent: number | null): { part: number; whole: number } | null {
  if (percent === null) return null;
  let best: { part: number; whole: number; gap: number } | null = null;
  for (let whole = 2; whole <= 5; whole++) {
    for (let part = 1; part < whole; part++) {
      const gap = Math.abs((100 * part) / whole - percent);
      if (gap <= 2 && (best === null || gap < best.gap - 1e-9)) best = { part, whole, gap };
    }
  }
  return best && { part: best.part, whole: best.whole };
}

/** The award years from the first CQPI charter (2006) to this year, newest first, for the period filter. */
export function yearOptions(thisYear: number): string[] {
  const years: string[] = [];
  for (let year = thisYear; year >= 2006; year--) years.push(String(year));
  return years;
}

/** The period of the dashboard's years as the declarations' dates: from 1 January to 31 December. */
export function periodDays(fromYear: string, toYear: string): { from: string; to: string } {
  return { from: fromYear ? `${fromYear}-01-01` : "", to: toYear ? `${toYear}-12-31` : "" };
}
