import type { AppContext } from "../../server/context.ts";
import { daysAtRank, factsWhere, timelineFacts, totalAwards } from "./figures-repository.ts";
import { share } from "./rules.ts";
import type { KeyFigures } from "./schemas.ts";

/**
 * The national key figures, for anyone: certificates awarded since creation, the shares of holders over
 * 45, of first certifications, of awards directly on experience and of full awards, the median days from
 * registration to award, the share declared within three months, and the timeline by year.
 */
export async function readKeyFigures(ctx: AppContext): Promise<KeyFigures> {
  const where = factsWhere({}, null);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const [totals, timeline] = await Promise.all([
    totalAwards(ctx.db, where, today),
    timelineFacts(ctx.db, where),
  ]);
  const n = Number(totals.awards);
  const count = (value: string | number | null) => Number(value ?? 0);
  return {
    certificates: n,
    full: count(totals.full),
    partial: count(totals.partial),
    over45Share: share(count(totals.over45), n),
    firstCertificationShare: share(count(totals.first_certification), n),
    directOnExperienceShare: share(count(totals.direct), n),
    fullShare: share(count(totals.full), n),
    medianRegistrationToAwardDays: await medianDays(ctx, where, n),
    declaredWithinThreeMonthsShare: share(count(totals.declared_in_time), count(totals.declarable)),
    timeline: cumulate(timeline),
  };
}

/** The median read by rank (the middle row, or the mean of the two middle rows), never by loading all. */
async function medianDays(ctx: AppContext, where: ReturnType<typeof factsWhere>, n: number) {
  if (n === 0) return null;
  const low = await daysAtRank(ctx.db, where, Math.floor((n - 1) / 2));
  const high = n % 2 === 1 ? low : await daysAtRank(ctx.db, where, n / 2);
  return low === null || high === null ? null : (low + high) / 2;
}

function cumulate({ years, branches, qualifications }: Awaited<ReturnType<typeof timelineFacts>>) {
  let cumulativeAwards = 0;
  return years.map((row) => {
    const year = Number(row.award_year);
    cumulativeAwards += Number(row.awards);
    return {
      year,
      awards: Number(row.awards),
      cumulativeAwards,
      branches: branches.filter((b) => Number(b.first_year) <= year).length,
      qualifications: qualifications.filter((q) => Number(q.first_year) <= year).length,
    };
  });
}
