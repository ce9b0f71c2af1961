import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId, platform } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { followReplacedDecision } from "../certificates/follow-replaced-decision.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { applyTimelineEntry } from "../pathways/apply-timeline-entry.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import { answerAppealRow, findAppealRow, findDecisionRow } from "./decisions-repository.ts";
import { appealAlreadyAnswered, appealNotFound } from "./errors.ts";
import { canManageSessionOf } from "./policy.ts";
import { prepareNewDecision } from "./prepare-new-decision.ts";
import { recordDecision } from "./record-decision.ts";
import type { AnswerAppealInput, AppealView } from "./schemas.ts";
import { toAppealView } from "./views.ts";

/**
 * The secretariat records the answer of the jury that heard an appeal. Upheld, the appeal brings a
 * new decision that refers to the one appealed against (marked superseded) and moves the pathway;
 * dismissed, the decision stands. The answer, its entry on the pathway's timeline, the new decision
 * and the audit events are one transaction.
 */
export async function answerAppeal(
  ctx: AppContext,
  { caller, appealId, input }: { caller: ActingCaller; appealId: number; input: AnswerAppealInput },
): Promise<AppealView> {
  const appeal = await findAppealRow(ctx.db, appealId);
  if (!appeal) throw appealNotFound();
  const pathway = await findPathwayInScope(ctx, platform, appeal.pathway_id);
  if (!canManageSessionOf(caller, pathway.branch_code)) throw appealNotFound();
  if (appeal.status !== "lodged") throw appealAlreadyAnswered();
  const appealed = (await findDecisionRow(ctx.db, appeal.decision_id))!;
  const ballot = input.outcome === "upheld" &&
    input.decision && {
      decision: input.decision.decision,
      blockCodes: input.decision.blockCodes ?? [],
      motivation: input.answer,
    };
  const prepared = ballot ? await prepareNewDecision(ctx, pathway, ballot) : null;
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const fact = input.outcome === "upheld" ? "appeal_upheld" : "appeal_dismissed";
    await applyTimelineEntry(trx, { pathwayId: pathway.id, fact, caller, at });
    const newDecisionId =
      ballot && prepared
        ? await recordDecision(trx, {
            sessionId: appealed.session_id,
            pathway,
            ...prepared,
            ...ballot,
            isByDefaultRule: false,
            correctsDecisionId: appealed.id,
            appealId,
            caller,
            at,
          })
        : null;
    const answered = await answerAppealRow(trx, appealId, {
      status: input.outcome,
      answer: input.answer,
      answered_by_user_id: authorId(caller),
      answered_at: at,
      new_decision_id: newDecisionId,
    });
    if (!answered) throw appealAlreadyAnswered();
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury.answer_appeal",
      entityType: "pathway",
      entityId: pathway.id,
      before: { appealId, status: "lodged" },
      after: { appealId, status: input.outcome, newDecisionId },
      occurredAt: at,
    });
  });
  wakeOutboxSender(ctx);
  if (ballot) {
    await followReplacedDecision(ctx, { caller, decisionId: appealed.id, sessionId: appealed.session_id });
  }
  return toAppealView((await findAppealRow(ctx.db, appealId))!);
}
