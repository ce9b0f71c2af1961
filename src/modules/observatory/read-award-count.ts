import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { factsWhere, totalAwards } from "./figures-repository.ts";

/**
 * How many certificates were awarded in some branches (null: all) and, optionally, one branch and one
 * CQPI: read off the counts kept at each award, whatever the number of certificates.
 */
export async function readAwardCount(
  db: Kysely<Database>,
  input: {
    branches: readonly string[] | null;
    branch?: string | undefined;
    qualification?: string | undefined;
  },
): Promise<number> {
  const where = factsWhere({ branch: input.branch, qualification: input.qualification }, input.branches);
  const totals = await totalAwards(db, where);
  return Number(totals.awards ?? 0);
}
