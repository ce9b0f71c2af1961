import type { AppContext } from "../../server/context.ts";
import { factsWhere, timelineFacts } from "./figures-repository.ts";
import { countFigures } from "./read-figures.ts";
import type { KeyFigures } from "./schemas.ts";

/**
 * The national key figures, for anyone: certificates awarded since creation, the shares of holders over
 * 45, of first certifications, of awards directly on experience and of full awards, the median days from
 * registration to award, the share declared within three months, and the timeline by year.
 */
export async function readKeyFigures(ctx: AppContext): Promise<KeyFigures> {
  const [figures, timeline] = await Promise.all([
    countFigures(ctx, {}, null),
    timelineFacts(ctx.db, factsWhere({}, null)),
  ]);
  return { ...figures, timeline: cumulate(timeline) };
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
