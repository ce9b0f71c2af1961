import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId, hasRole, managesBranch } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notGaps, notYourBranch, trainerIsEvaluator, transitionRefused } from "./errors.ts";
import { analysePathway, findPathwayInScope } from "./find-pathway.ts";
import { insertTrainingPlan } from "./repository.ts";
import type { PathwayStatus } from "./rules.ts";
import type { TrainingPlanInput } from "./schemas.ts";
import { toTrainingPlanView } from "./views.ts";

const PLANNABLE: PathwayStatus[] = ["positioned", "in_training", "reassessment"];

/**
 * Records the training plan of a pathway that is not at level: it targets exactly the gaps of the
 * gap analysis (all of them by default; naming a capacity that is not a gap is refused). The trainer
 * may not be the pathway's evaluator (independence rule, also checked when assigning an evaluator).
 */
export async function recordTrainingPlan(
  ctx: AppContext,
  key: { caller: ActingCaller; pathwayId: number; input: TrainingPlanInput },
) {
  const pathway = await findPathwayInScope(ctx, key.caller, key.pathwayId);
  const mayPlan = hasRole(key.caller, "employer") || managesBranch(key.caller, pathway.branch_code);
  if (!mayPlan) throw notYourBranch();
  if (!PLANNABLE.includes(pathway.status)) {
    throw transitionRefused(
      "TRANSITION_NOT_ALLOWED",
      "A training plan follows the gap analysis of a positioned pathway",
    );
  }
  if (key.input.trainerUserId !== null && key.input.trainerUserId === pathway.evaluator_user_id)
    throw trainerIsEvaluator();
  const { analysis } = await analysePathway(ctx, pathway);
  const gaps = analysis.gaps.map((g) => g.capacityCode);
  if (gaps.length === 0)
    throw transitionRefused("PATHWAY_ALREADY_AT_LEVEL", "The pathway is at level: there is nothing to train");
  const capacityCodes = key.input.capacityCodes ?? gaps;
  const capacitiesNotGaps = capacityCodes.filter((c) => !gaps.includes(c));
  if (capacitiesNotGaps.length > 0) throw notGaps(capacitiesNotGaps);

  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertTrainingPlan(trx, {
      pathway_id: pathway.id,
      capacity_codes_json: JSON.stringify(capacityCodes),
      organisation: key.input.organisation,
      planned_hours: key.input.plannedHours,
      start_date: key.input.startDate,
      end_date: key.input.endDate,
      trainer_user_id: key.input.trainerUserId,
      trainer_name: key.input.trainerName,
      created_at: at,
    });
    const view = toTrainingPlanView(row);
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "pathway.training_plan",
      entityType: "pathway",
      entityId: pathway.id,
      after: view,
      occurredAt: at,
    });
    return view;
  });
}
