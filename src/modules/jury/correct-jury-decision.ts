import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, platform } from "../accounts/caller.ts";
import { followReplacedDecision } from "../certificates/follow-replaced-decision.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import { findDecisionInForce, findDecisionRow, listAppealRowsOfPathway } from "./decisions-repository.ts";
import { appealPending, decisionNotFound, decisionSuperseded, sessionNotClosed } from "./errors.ts";
import { canManageSessionOf } from "./policy.ts";
import { prepareNewDecision } from "./prepare-new-decision.ts";
import { recordDecision } from "./record-decision.ts";
import type { CorrectionInput, JuryDecisionView } from "./schemas.ts";
import { toDecisionView } from "./views.ts";

/**
 * The secretariat corrects a decision outside an appeal (a clerical error, a bloc forgotten). The
 * closed session stays as it was; the correction is a new decision of that session referring to the
 * old one, which is kept and marked superseded, and it moves the pathway through its transition table
 * — all in one transaction, with the audit events and the messages to the candidate, their employer
 * and the secretariat. Only the decision in force of a closed session is corrected, and not while an
 * appeal against it awaits its answer. Of two corrections at once, one wins; the other changes nothing
 * (JURY_DECISION_SUPERSEDED, or PATHWAY_CHANGED when the pathway moved meanwhile).
 */
export async function correctJuryDecision(
  ctx: AppContext,
  { caller, decisionId, input }: { caller: ActingCaller; decisionId: number; input: CorrectionInput },
): Promise<JuryDecisionView> {
  const decision = await findDecisionRow(ctx.db, decisionId);
  if (!decision) throw decisionNotFound();
  const pathway = await findPathwayInScope(ctx, platform, decision.pathway_id);
  if (!canManageSessionOf(caller, pathway.branch_code)) throw decisionNotFound();
  if (decision.session_status !== "closed") throw sessionNotClosed(decision.session_status);
  const [inForce, appeals] = await Promise.all([
    findDecisionInForce(ctx.db, pathway.id),
    listAppealRowsOfPathway(ctx.db, pathway.id),
  ]);
  if (decision.superseded_at !== null || inForce?.id !== decision.id) throw decisionSuperseded();
  if (appeals.some((a) => a.decision_id === decision.id && a.status === "lodged")) throw appealPending();
  const ballot = {
    decision: input.decision,
    blockCodes: input.blockCodes ?? [],
    motivation: input.motivation,
  };
  const prepared = await prepareNewDecision(ctx, pathway, ballot);
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute((trx) =>
    recordDecision(trx, {
      sessionId: decision.session_id,
      pathway,
      ...prepared,
      ...ballot,
      isByDefaultRule: false,
      correctsDecisionId: decision.id,
      appealId: null,
      caller,
      at,
    }),
  );
  wakeOutboxSender(ctx);
  await followReplacedDecision(ctx, { caller, decisionId: decision.id, sessionId: decision.session_id });
  return toDecisionView((await findDecisionRow(ctx.db, id))!);
}
