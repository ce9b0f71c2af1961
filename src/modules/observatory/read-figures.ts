import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import {
  awardsByDays,
  countsEveryAward,
  factsWhere,
  nationalAwardsByDays,
  totalAwards,
  undeclaredNotYetDue,
} from "./figures-repository.ts";
import { countedBranches } from "./policy.ts";
import { medianOfCounts, share } from "./rules.ts";
import type { ObservatoryFigures, ObservatoryFilters } from "./schemas.ts";

/**
 * The figures of the awards counted: how many, the shares of holders over 45, of first certifications, of
 * awards directly on experience and of full awards, the median days from registration to award and the
 * share of full awards declared within three months — all read from the counts kept per branch × CQPI ×
 * award year (the median of every award from the national count).
 */
export async function countFigures(
  ctx: AppContext,
  filters: ObservatoryFilters,
  branches: readonly string[] | null,
): Promise<ObservatoryFigures> {
  const where = factsWhere(filters, branches);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const [totals, notYetDue, days] = await Promise.all([
    totalAwards(ctx.db, where),
    undeclaredNotYetDue(ctx.db, where, today),
    countsEveryAward(filters, branches) ? nationalAwardsByDays(ctx.db) : awardsByDays(ctx.db, where),
  ]);
  const n = Number(totals.awards ?? 0);
  const count = (value: string | number | null) => Number(value ?? 0);
  return {
    certificates: n,
    full: count(totals.full),
    partial: count(totals.partial),
    over45Share: share(count(totals.over45), n),
    firstCertificationShare: share(count(totals.first_certification), n),
    directOnExperienceShare: share(count(totals.direct), n),
    fullShare: share(count(totals.full), n),
    medianRegistrationToAwardDays: medianOfCounts(
      days.map((d) => ({ value: Number(d.days), count: Number(d.awards) })),
    ),
    // Declared or overdue: every full award but those still within their three months.
    declaredWithinThreeMonthsShare: share(count(totals.declared_in_time), count(totals.full) - notYetDue),
  };
}

/**
 * The dashboard's figures with the filters asked for, within the caller's branches (a branch secretariat
 * never counts another branch's awards, whatever it filters on).
 */
export function readFigures(ctx: AppContext, input: { caller: Caller; query: ObservatoryFilters }) {
  return countFigures(ctx, input.query, countedBranches(input.caller));
}
