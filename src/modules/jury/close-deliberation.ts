import { type AppContext, isoNow } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { gatherPathwayFacts } from "../pathways/transition-pathway.ts";
import { decisionRecipients } from "./announce-decision.ts";
import { listVoteRows } from "./decisions-repository.ts";
import { deliberationClosed, votesMissing } from "./errors.ts";
import { findOpenDeliberation } from "./find-deliberation.ts";
import { assertPresidesOrManages, findSessionInScope } from "./find-session.ts";
import { recordDecision } from "./record-decision.ts";
import { closeAgendaItem } from "./repository.ts";
import { decideDeliberation, votingMembers } from "./rules.ts";

/**
 * The president (or the secretariat) closes the deliberation on one candidate: the decision follows
 * the majority rule on the votes as committed (read after the deliberation is locked, so a vote cast
 * at the same moment is either counted or refused), or the branch's rule when no decision has the
 * majority; with votes missing and no majority it refuses rather than guess. The decision, the
 * pathway's move and the audit events are one transaction.
 */
export async function closeDeliberation(
  ctx: AppContext,
  {
    caller,
    sessionId,
    pathwayId,
    motivation,
  }: { caller: UserCaller; sessionId: number; pathwayId: number; motivation?: string | undefined },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  assertPresidesOrManages(loaded);
  const { pathway } = await findOpenDeliberation(ctx, loaded, pathwayId);
  const [facts, recipients] = await Promise.all([
    gatherPathwayFacts(ctx, pathway),
    decisionRecipients(ctx, pathway),
  ]);
  const base = votingMembers(loaded.members, loaded.rules).length;
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await closeAgendaItem(trx, sessionId, pathwayId, at))) throw deliberationClosed();
    const votes = (await listVoteRows(trx, sessionId, pathwayId)).map((v) => ({
      decision: v.decision,
      blockCodes: JSON.parse(v.block_codes_json) as string[],
      motivation: v.motivation,
    }));
    const outcome = decideDeliberation(votes, base, loaded.rules);
    if ("pending" in outcome) throw votesMissing();
    const majority = votes.filter((v) => v.decision === outcome.decision && v.motivation);
    const defaultMotivation = outcome.isByDefaultRule
      ? "Aucune décision n'a réuni la majorité absolue : la règle de la branche s'applique."
      : [...new Set(majority.map((v) => v.motivation))].join(" ");
    await recordDecision(trx, {
      sessionId,
      pathway,
      facts,
      recipients,
      rules: loaded.rules,
      ...outcome,
      motivation: motivation ?? defaultMotivation,
      correctsDecisionId: null,
      appealId: null,
      caller,
      at,
    });
  });
  wakeOutboxSender(ctx);
}
