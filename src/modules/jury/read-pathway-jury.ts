import type { AppContext } from "../../server/context.ts";
import { findDecisionInForce, listAppealRowsOfPathway, listAwardRows } from "./decisions-repository.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import { appealDeadline } from "./rules.ts";
import type { PathwayJuryView } from "./schemas.ts";
import { toAppealView, toDecisionView } from "./views.ts";

/**
 * What the pathway page shows of the jury: the decision in force, the appeals, and until when an
 * appeal against it may be lodged (checkAppeal decides whether one may be today). The caller has
 * already been checked to see the pathway.
 */
export async function readPathwayJury(
  ctx: AppContext,
  pathway: { id: number; branch_id: number },
): Promise<PathwayJuryView> {
  const [decision, appeals] = await Promise.all([
    findDecisionInForce(ctx.db, pathway.id),
    listAppealRowsOfPathway(ctx.db, pathway.id),
  ]);
  // The delay runs for any decision but a deferral, even once passed: the page says until when.
  const rules =
    decision && decision.decision !== "deferral" ? await readJuryRules(ctx, pathway.branch_id) : null;
  return {
    decision: decision ? toDecisionView(decision) : null,
    appeals: appeals.map(toAppealView),
    appealUntil: decision && rules ? appealDeadline(decision.decided_on, rules.appealDelayMonths) : null,
  };
}

export interface Award {
  decisionId: number;
  pathwayId: number;
  candidateId: number;
  qualificationCode: string;
  /** The referential version the pathway followed. */
  versionId: number;
  branchCode: string;
  kind: "award" | "partial_award";
  /** The blocs acquired by a partial award; empty for a full award (every bloc). */
  blockCodes: string[];
  decidedOn: string;
  sessionId: number;
  sittingOn: string;
}

const toAward = (row: Awaited<ReturnType<typeof listAwardRows>>[number]): Award => ({
  decisionId: row.decision_id,
  pathwayId: row.pathway_id,
  candidateId: row.candidate_id,
  qualificationCode: row.qualification_code,
  versionId: row.version_id,
  branchCode: row.branch_code,
  kind: row.decision as Award["kind"],
  blockCodes: JSON.parse(row.block_codes_json) as string[],
  decidedOn: row.decided_on,
  sessionId: row.session_id,
  sittingOn: row.sitting_on,
});

/** The awards (full and partial) in force decided by a session: what a certificate is issued for. */
export async function listAwardsOfSession(ctx: AppContext, sessionId: number): Promise<Award[]> {
  return (await listAwardRows(ctx.db, { sessionId })).map(toAward);
}

/** One award in force by its decision, or undefined (refusal, deferral, or since corrected). */
export async function findAward(ctx: AppContext, decisionId: number): Promise<Award | undefined> {
  const [row] = await listAwardRows(ctx.db, { decisionId });
  return row ? toAward(row) : undefined;
}
