import type { AppContext } from "../../server/context.ts";
import { awardsByDays, factsWhere, timelineFacts, totalAwards } from "./figures-repository.ts";
import { medianOfCounts, share } from "./rules.ts";
import type { KeyFigures } from "./schemas.ts";

/**
 * The national key figures, for anyone: certificates awarded since creation, the shares of holders over
 * 45, of first certifications, of awards directly on experience and of full awards, the median days from
 * registration to award, the share declared within three months, and the timeline by year.
 */
export async function readKeyFigures(ctx: AppContext): Promise<KeyFigures> {
  const where = factsWhere({}, null);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const [totals, timeline, days] = await Promise.all([
    totalAwards(ctx.db, where, today),
    timelineFacts(ctx.db, where),
    awardsByDays(ctx.db),
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
    medianRegistrationToAwardDays: medianOfCounts(
      days.map((d) => ({ value: Number(d.days), count: Number(d.awards) })),
    ),
    declaredWithinThreeMonthsShare: share(count(totals.declared_in_time), totals.declarable),
    timeline: cumulate(timeline),
  };
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
