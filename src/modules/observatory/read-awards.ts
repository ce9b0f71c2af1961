import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { factsWhere, groupAwards } from "./figures-repository.ts";
import { countedBranches } from "./policy.ts";
import type { AwardGroup, AwardsQuery } from "./schemas.ts";

/**
 * Awards counted by CQPI, branch and/or year, with the filters asked for, within the caller's branches
 * (a branch secretariat never counts another branch's awards, whatever it filters on).
 */
export async function readAwards(ctx: AppContext, input: { caller: Caller; query: AwardsQuery }) {
  const { groupBy } = input.query;
  const where = factsWhere(input.query, countedBranches(input.caller));
  const rows = await groupAwards(ctx.db, where, groupBy);
  const count = (value: string | number | null) => Number(value ?? 0);
  return {
    groupBy,
    rows: rows.map(
      (row): AwardGroup => ({
        qualificationCode: groupBy.includes("qualification") ? String(row.qualification_code) : null,
        branchCode: groupBy.includes("branch") ? String(row.branch_code) : null,
        year: groupBy.includes("year") ? Number(row.award_year) : null,
        awards: count(row.awards),
        full: count(row.full),
        partial: count(row.partial),
        over45: count(row.over45),
        firstCertification: count(row.first_certification),
        direct: count(row.direct),
      }),
    ),
  };
}
