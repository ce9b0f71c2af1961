import type { AppContext } from "../../server/context.ts";
import type { ActingCaller } from "../accounts/caller.ts";
import { assessmentRoundOf } from "../assessments/read-results.ts";
import { applyPathwayMove } from "./apply-pathway-move.ts";
import { eventForbidden } from "./errors.ts";
import { analysePathway, findPathwayInScope } from "./find-pathway.ts";
import { eventRoles } from "./policy.ts";
import { listTrainingPlanRows } from "./repository.ts";
import type { PathwayEvent, PathwayFacts, PathwayStatus } from "./rules.ts";

/**
 * Moves a pathway through its transition table at a user's (or the platform's) request: the pathway
 * must be one the caller sees and the event one their role may trigger; the facts the guards need are
 * read first, then the move is applied in one transaction (see apply-pathway-move.ts).
 */
export async function transitionPathway(
  ctx: AppContext,
  key: { caller: ActingCaller; pathwayId: number; event: PathwayEvent },
): Promise<PathwayStatus> {
  const pathway = await findPathwayInScope(ctx, key.caller, key.pathwayId);
  if (key.caller.kind === "user" && !eventRoles[key.event].includes(key.caller.role))
    throw eventForbidden(key.event);
  const facts = await gatherPathwayFacts(ctx, pathway);
  const move = {
    pathwayId: pathway.id,
    from: pathway.status,
    event: key.event,
    facts,
    caller: key.caller,
    at: ctx.clock.now().toISOString(),
  };
  return ctx.db.transaction().execute((trx) => applyPathwayMove(trx, move));
}

/** The facts the transition table's guards look at, for a pathway as read (for any module that moves one). */
export async function gatherPathwayFacts(
  ctx: AppContext,
  pathway: Awaited<ReturnType<typeof findPathwayInScope>>,
): Promise<PathwayFacts> {
  const [{ analysis }, round, plans] = await Promise.all([
    analysePathway(ctx, pathway),
    assessmentRoundOf(ctx.db, pathway),
    listTrainingPlanRows(ctx.db, pathway.id),
  ]);
  return pathwayFactsOf({ pathway, round, isAtLevel: analysis.isAtLevel, trainingPlanCount: plans.length });
}

/** The guards' facts from what has been read of a pathway (its page reads the same parts for itself). */
export function pathwayFactsOf(read: {
  pathway: { evaluator_user_id: number | null };
  round: { hasClosedSinceStatusChange: boolean; hasOpen: boolean };
  isAtLevel: boolean;
  trainingPlanCount: number;
}): PathwayFacts {
  return {
    hasEvaluator: read.pathway.evaluator_user_id !== null,
    isJuryDecision: false,
    hasClosedAssessmentInSitting: read.round.hasClosedSinceStatusChange,
    hasOpenAssessment: read.round.hasOpen,
    isAtLevel: read.isAtLevel,
    hasTrainingPlan: read.trainingPlanCount > 0,
  };
}
