import { isUniqueViolation } from "../../db/dialect.ts";
import { type AppContext, isoNow, isoToday } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import { findAppealRow, findDecisionInForce, insertAppeal } from "./decisions-repository.ts";
import { appealAlreadyLodged, appealDelayPassed, decisionNotFound, nothingToAppeal } from "./errors.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import { appealDeadline } from "./rules.ts";
import type { AppealInput, AppealView } from "./schemas.ts";
import { toAppealView } from "./views.ts";

/**
 * A candidate appeals against the jury's decision in force on their own pathway, within the branch's
 * delay (two months by default); one appeal per decision, a deferral being no decision to appeal.
 */
export async function lodgeAppeal(
  ctx: AppContext,
  { caller, pathwayId, input }: { caller: UserCaller; pathwayId: number; input: AppealInput },
): Promise<AppealView> {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const decision = await findDecisionInForce(ctx.db, pathway.id);
  if (!decision) throw decisionNotFound();
  if (decision.decision === "deferral") throw nothingToAppeal();
  const until = appealDeadline(
    decision.decided_on,
    (await readJuryRules(ctx, pathway.branch_id)).appealDelayMonths,
  );
  if (isoToday(ctx) > until) throw appealDelayPassed(until);
  const at = isoNow(ctx);
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const appealId = await insertAppeal(trx, {
        pathway_id: pathway.id,
        decision_id: decision.id,
        grounds: input.grounds,
        lodged_by_user_id: caller.userId,
        lodged_at: at,
        status: "lodged",
        answer: null,
        answered_by_user_id: null,
        answered_at: null,
        new_decision_id: null,
      });
      await recordAuditEvent(trx, {
        actorUserId: caller.userId,
        action: "jury.lodge_appeal",
        entityType: "pathway",
        entityId: pathway.id,
        after: { appealId, decisionId: decision.id },
        occurredAt: at,
      });
      return appealId;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw appealAlreadyLodged();
      throw error;
    });
  return toAppealView((await findAppealRow(ctx.db, id))!);
}
