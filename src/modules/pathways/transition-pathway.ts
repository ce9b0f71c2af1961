import type { AppContext } from "../../server/context.ts";
import type { Actor } from "../accounts/roles.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { eventForbidden, pathwayChanged, transitionRefused } from "./errors.ts";
import { analysePathway, findPathwayInScope } from "./find-pathway.ts";
import { eventRoles } from "./policy.ts";
import { assessmentRound, insertTransition, listTrainingPlanRows, moveStatus } from "./repository.ts";
import { decideTransition, type PathwayEvent, type PathwayFacts, type PathwayStatus } from "./rules.ts";

/**
 * Moves a pathway through its transition table. The facts the guards need are read first; the move
 * is written only if the status is still the one decided from, with its timeline entry and audit
 * event in the same transaction.
 */
export async function transitionPathway(
  ctx: AppContext,
  key: { actor: Actor | null; pathwayId: number; event: PathwayEvent },
) {
  const pathway = await findPathwayInScope(ctx, key.actor, key.pathwayId);
  if (key.actor && !eventRoles[key.event].includes(key.actor.role)) throw eventForbidden(key.event);
  const from = pathway.status as PathwayStatus;
  const facts = await gatherFacts(ctx, pathway);
  const decision = decideTransition(from, key.event, facts);
  if ("refusal" in decision) throw transitionRefused(decision.refusal);

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await moveStatus(trx, pathway.id, from, decision.to, at))) throw pathwayChanged();
    await insertTransition(trx, {
      pathway_id: pathway.id,
      event: key.event,
      from_status: from,
      to_status: decision.to,
      actor_user_id: key.actor?.userId ?? null,
      occurred_at: at,
    });
    await recordAuditEvent(trx, {
      actorUserId: key.actor?.userId ?? null,
      action: `pathway.${key.event}`,
      entityType: "pathway",
      entityId: pathway.id,
      before: { status: from },
      after: { status: decision.to },
      occurredAt: at,
    });
  });
  return decision.to;
}

async function gatherFacts(
  ctx: AppContext,
  pathway: Awaited<ReturnType<typeof findPathwayInScope>>,
): Promise<PathwayFacts> {
  const [{ analysis }, round, plans] = await Promise.all([
    analysePathway(ctx, pathway),
    assessmentRound(ctx.db, pathway),
    listTrainingPlanRows(ctx.db, pathway.id),
  ]);
  return {
    hasEvaluator: pathway.evaluator_user_id !== null,
    hasClosedAssessmentInSitting: round.hasClosedSinceStatusChange,
    hasOpenAssessment: round.hasOpen,
    isAtLevel: analysis.isAtLevel,
    hasTrainingPlan: plans.length > 0,
  };
}
