import { isUniqueViolation } from "../../db/dialect.ts";
import { type AppContext, isoNow, isoToday } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { applyTimelineEntry } from "../pathways/apply-timeline-entry.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import { findAppealRow, insertAppeal } from "./decisions-repository.ts";
import { appealAlreadyLodged, appealDelayPassed, decisionNotFound, nothingToAppeal } from "./errors.ts";
import { readPathwayJury } from "./read-pathway-jury.ts";
import { type AppealRefusal, checkAppeal } from "./rules.ts";
import type { AppealInput, AppealView } from "./schemas.ts";
import { toAppealView } from "./views.ts";

const refusalErrors: Record<AppealRefusal, (until: string) => Error> = {
  JURY_DECISION_NOT_FOUND: decisionNotFound,
  NOTHING_TO_APPEAL: nothingToAppeal,
  APPEAL_ALREADY_LODGED: appealAlreadyLodged,
  APPEAL_DELAY_PASSED: appealDelayPassed,
};

/**
 * A candidate appeals against the jury's decision in force on their own pathway, within the branch's
 * delay (two months by default); one appeal per decision, a deferral being no decision to appeal
 * (checkAppeal, which the web form follows too). The appeal, its audit event and its entry on the
 * pathway's timeline are one transaction.
 */
export async function lodgeAppeal(
  ctx: AppContext,
  { caller, pathwayId, input }: { caller: UserCaller; pathwayId: number; input: AppealInput },
): Promise<AppealView> {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const jury = await readPathwayJury(ctx, pathway);
  const decision = jury.decision;
  const refusal = checkAppeal({
    decision: decision?.decision ?? null,
    isAppealed: jury.appeals.some((a) => a.decisionId === decision?.id),
    appealUntil: jury.appealUntil,
    today: isoToday(ctx),
  });
  if (refusal || !decision) throw refusalErrors[refusal ?? "JURY_DECISION_NOT_FOUND"](jury.appealUntil ?? "");
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
      await applyTimelineEntry(trx, { pathwayId: pathway.id, fact: "appeal_lodged", caller, at });
      return appealId;
    })
    .catch((error: unknown) => {
      // Two appeals lodged at once: the unique index on the decision keeps the first.
      if (isUniqueViolation(error)) throw appealAlreadyLodged();
      throw error;
    });
  return toAppealView((await findAppealRow(ctx.db, id))!);
}
