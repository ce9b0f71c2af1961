import type { AppContext } from "../../server/context.ts";
import { findRulesRow } from "./repository.ts";
import { defaultJuryRules, type JuryRules } from "./rules.ts";

/** The branch's jury rules, or the defaults when the branch has set none. */
export async function readJuryRules(ctx: AppContext, branchId: number): Promise<JuryRules> {
  const row = await findRulesRow(ctx.db, branchId);
  if (!row) return defaultJuryRules;
  return {
    evenYearPresidingCollege: row.even_year_presiding_college,
    requiresParity: row.requires_parity === 1,
    majorityBase: row.majority_base,
    noMajorityOutcome: row.no_majority_outcome,
    appealDelayMonths: row.appeal_delay_months,
  };
}
