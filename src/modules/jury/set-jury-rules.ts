import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findBranch } from "../catalogue/find-branch.ts";
import { notYourBranch } from "./errors.ts";
import { canManageSessionOf } from "./policy.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import { saveRulesRow } from "./repository.ts";
import type { JuryRulesInput, JuryRulesView } from "./schemas.ts";

/** The branch's jury rules (defaults until the branch sets its own). */
export async function getJuryRules(
  ctx: AppContext,
  { caller, branchCode }: { caller: ActingCaller; branchCode: string },
): Promise<JuryRulesView> {
  const branch = await findBranch(ctx, branchCode);
  if (!canManageSessionOf(caller, branch.code)) throw notYourBranch();
  return { branchCode: branch.code, ...(await readJuryRules(ctx, branch.id)) };
}

/** Sets the branch's jury rules; sessions already closed keep the decisions they took. */
export async function setJuryRules(
  ctx: AppContext,
  { caller, branchCode, input }: { caller: ActingCaller; branchCode: string; input: JuryRulesInput },
): Promise<JuryRulesView> {
  const branch = await findBranch(ctx, branchCode);
  if (!canManageSessionOf(caller, branch.code)) throw notYourBranch();
  const before = await readJuryRules(ctx, branch.id);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await saveRulesRow(trx, {
      branch_id: branch.id,
      even_year_presiding_college: input.evenYearPresidingCollege,
      requires_parity: input.requiresParity ? 1 : 0,
      majority_base: input.majorityBase,
      no_majority_outcome: input.noMajorityOutcome,
      appeal_delay_months: input.appealDelayMonths,
      updated_at: at,
    });
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury_rules.update",
      entityType: "branch",
      entityId: branch.code,
      before,
      after: input,
      occurredAt: at,
    });
  });
  return { branchCode: branch.code, ...input };
}
