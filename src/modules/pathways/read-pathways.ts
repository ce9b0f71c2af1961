import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { findAccount } from "../accounts/find-account.ts";
import { pathwaysWithOpenAssessment } from "../assessments/read-open-assessments.ts";
import { assessmentRoundOf } from "../assessments/read-results.ts";
import { findCertificateNumberOfDecision } from "../certificates/find-certificate-number.ts";
import { readPathwayJury } from "../jury/read-pathway-jury.ts";
import { analysePathway, findPathwayInScope } from "./find-pathway.ts";
import {
  countPathwaysByStatus,
  listPathwayRows,
  listTrainingPlanRows,
  listTransitions,
  type PathwayFilter,
} from "./repository.ts";
import { movesFrom, worklistStageStatuses } from "./rules.ts";
import { pathwayFactsOf } from "./transition-pathway.ts";
import { toPathwaySummary, toTrainingPlanView } from "./views.ts";

/**
 * The pathways the caller may see, filtered, with the count per status for the same filters (the
 * status and worklist stage aside, for the tabs); the total is read off those counts rather than
 * counted again.
 */
export async function listPathways(
  ctx: AppContext,
  {
    caller,
    query,
  }: { caller: Caller; query: PathwayFilter & { limit: number; offset: number; after?: number | undefined } },
) {
  const [rows, countsByStatus] = await Promise.all([
    listPathwayRows(ctx.db, caller, query),
    countPathwaysByStatus(ctx.db, caller, query),
  ]);
  const stageStatuses: readonly string[] | undefined = query.stage && worklistStageStatuses[query.stage];
  const total = Object.entries(countsByStatus)
    .filter(
      ([status]) => (!query.status || status === query.status) && (stageStatuses?.includes(status) ?? true),
    )
    .reduce((sum, [, n]) => sum + n, 0);
  const items = rows.map(toPathwaySummary);
  if (query.stage !== "waiting") return { items, total, countsByStatus };
  const underWay = await pathwaysWithOpenAssessment(
    ctx.db,
    items.map((item) => item.id),
  );
  return {
    items: items.map((item) => ({ ...item, assessmentUnderWay: underWay.has(item.id) })),
    total,
    countsByStatus,
  };
}

/** The gap analysis (bilan de positionnement) of a pathway, per criterion, capacity and bloc. */
export async function getGapAnalysis(
  ctx: AppContext,
  { caller, pathwayId }: { caller: Caller; pathwayId: number },
) {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const { referential, analysis } = await analysePathway(ctx, pathway);
  return {
    pathwayId: pathway.id,
    passRule: referential.passRule,
    validity: referential.validity,
    moduleCodes: referential.moduleCodes,
    ...analysis,
  };
}

/**
 * One pathway as its page shows it: status, route, branch, referential version, the capacities
 * acquired so far, the gaps, the training plans, the timeline of its status changes, and the moves
 * of the transition table from its status with the refusal each would meet now.
 */
export async function getPathway(
  ctx: AppContext,
  { caller, pathwayId }: { caller: Caller; pathwayId: number },
) {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const [{ referential, analysis }, round, timeline, plans, evaluator, jury] = await Promise.all([
    analysePathway(ctx, pathway),
    assessmentRoundOf(ctx.db, pathway),
    listTransitions(ctx.db, pathway.id),
    listTrainingPlanRows(ctx.db, pathway.id),
    pathway.evaluator_user_id ? findAccount(ctx.db, pathway.evaluator_user_id) : undefined,
    readPathwayJury(ctx, pathway),
  ]);
  const certificateNumber = jury.decision
    ? await findCertificateNumberOfDecision(ctx, jury.decision.id)
    : null;
  const acquired = analysis.blocks.flatMap((b) =>
    b.capacities.filter((c) => c.isAcquired).map((c) => c.code),
  );
  const facts = pathwayFactsOf({
    pathway,
    round,
    isAtLevel: analysis.isAtLevel,
    trainingPlanCount: plans.length,
  });
  return {
    ...toPathwaySummary(pathway),
    evaluator: evaluator ? { id: evaluator.id, displayName: evaluator.displayName } : null,
    referential: {
      passRule: referential.passRule,
      validity: referential.validity,
      moduleCodes: referential.moduleCodes,
      blocks: referential.blocks,
    },
    acquiredCapacities: acquired,
    carriedOver: analysis.carriedOver,
    gaps: analysis.gaps,
    isAtLevel: analysis.isAtLevel,
    trainingPlans: plans.map(toTrainingPlanView),
    jury,
    certificateNumber,
    moves: movesFrom(pathway.status, facts),
    timeline: timeline.map((t) => ({
      event: t.event,
      fromStatus: t.from_status,
      toStatus: t.to_status,
      occurredAt: t.occurred_at,
      actorName: t.actor_name,
    })),
  };
}
