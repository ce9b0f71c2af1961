import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { capacityCounts, factsWhere } from "./figures-repository.ts";
import { countedBranches } from "./policy.ts";
import { share } from "./rules.ts";
import type { CapacityPassRates, CapacityPassRatesQuery } from "./schemas.ts";

/**
 * For one CQPI, each capacity its holders were certified on: how many, how many needed training on it,
 * and the pass rate without training — the capacities that most often need training come first.
 */
export async function readCapacityPassRates(
  ctx: AppContext,
  input: { caller: Caller; query: CapacityPassRatesQuery },
): Promise<CapacityPassRates> {
  const where = factsWhere(input.query, countedBranches(input.caller));
  const rows = await capacityCounts(ctx.db, where, input.query.qualification);
  const capacities = rows.map((row) => {
    const awards = Number(row.awards);
    const neededTraining = Number(row.needed_training ?? 0);
    return {
      capacityCode: row.capacity_code,
      awards,
      neededTraining,
      passRate: share(awards - neededTraining, awards),
    };
  });
  capacities.sort(
    (a, b) => (a.passRate ?? 100) - (b.passRate ?? 100) || a.capacityCode.localeCompare(b.capacityCode),
  );
  return { qualificationCode: input.query.qualification, capacities };
}
