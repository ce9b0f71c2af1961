import type { AppContext } from "../../server/context.ts";
import { loadPathwayReferential, type PathwayListRow } from "../pathways/find-pathway.ts";
import { gatherPathwayFacts } from "../pathways/transition-pathway.ts";
import { decisionRecipients } from "./announce-decision.ts";
import { ballotRefused } from "./errors.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import type { DecisionToRecord } from "./record-decision.ts";
import { type BallotVote, checkBallot } from "./rules.ts";

/**
 * What a decision given again outside a deliberation (a correction, an upheld appeal) reads before
 * its transaction: the ballot checked against the pathway's blocs as a vote would be, the pathway's
 * facts, who is told and the branch's rules.
 */
export async function prepareNewDecision(
  ctx: AppContext,
  pathway: PathwayListRow,
  ballot: BallotVote,
): Promise<Pick<DecisionToRecord, "facts" | "recipients" | "rules">> {
  const refusal = checkBallot(
    ballot,
    (await loadPathwayReferential(ctx, pathway)).blocks.map((b) => b.code),
  );
  if (refusal) throw ballotRefused(refusal);
  const [facts, recipients, rules] = await Promise.all([
    gatherPathwayFacts(ctx, pathway),
    decisionRecipients(ctx, pathway),
    readJuryRules(ctx, pathway.branch_id),
  ]);
  return { facts, recipients, rules };
}
