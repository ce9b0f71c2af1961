import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId, platform } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { findPathwayInScope, loadPathwayReferential } from "../pathways/find-pathway.ts";
import { gatherPathwayFacts } from "../pathways/transition-pathway.ts";
import { decisionRecipients } from "./announce-decision.ts";
import { answerAppealRow, findAppealRow, findDecisionInForce } from "./decisions-repository.ts";
import { appealAlreadyAnswered, appealNotFound, ballotRefused } from "./errors.ts";
import { canManageSessionOf } from "./policy.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import { recordDecision } from "./record-decision.ts";
import { checkBallot } from "./rules.ts";
import type { AnswerAppealInput, AppealView } from "./schemas.ts";
import { toAppealView } from "./views.ts";

/**
 * The secretariat records the answer of the jury that heard an appeal. Upheld, the appeal brings a
 * new decision that refers to the one appealed against and moves the pathway in the same
 * transaction; dismissed, the decision stands.
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
  const appealed = (await findDecisionInForce(ctx.db, pathway.id))!;
  const ballot = input.decision && {
    decision: input.decision.decision,
    blockCodes: input.decision.blockCodes ?? [],
    motivation: input.answer,
  };
  if (ballot) {
    const refusal = checkBallot(
      ballot,
      (await loadPathwayReferential(ctx, pathway)).blocks.map((b) => b.code),
    );
    if (refusal) throw ballotRefused(refusal);
  }
  const [facts, recipients, rules] = await Promise.all([
    gatherPathwayFacts(ctx, pathway),
    decisionRecipients(ctx, pathway),
    readJuryRules(ctx, pathway.branch_id),
  ]);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const newDecisionId =
      input.outcome === "upheld" && ballot
        ? await recordDecision(trx, {
            sessionId: appealed.session_id,
            pathway,
            facts,
            recipients,
            rules,
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
  return toAppealView((await findAppealRow(ctx.db, appealId))!);
}
