import { isUniqueViolation } from "../../db/dialect.ts";
import { type AppContext, isoToday } from "../../server/context.ts";
import { validationFailed } from "../../server/errors.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { analysePathway, findPathwayInScope } from "../pathways/find-pathway.ts";
import { assessmentAlreadyOpen, assessmentNotOpen, methodForbidden } from "./errors.ts";
import { mayCreate } from "./policy.ts";
import { reloadAssessment } from "./read-assessments.ts";
import { findOpenAssessmentId, insertAssessment } from "./repository.ts";
import { checkHeldOn, chooseCapacities, openSitting } from "./rules.ts";
import type { AssessmentView, CreateAssessmentInput } from "./schemas.ts";

/**
 * Opens an assessment of a pathway by one method, in the current sitting: the positioning (sitting 1)
 * or the second evaluation (sitting 2), which covers the gaps only. The capacities covered are those
 * asked for, or by default every one the method may assess now (see `chooseCapacities`). The pathway's
 * evaluator is recorded as the assessor. At most one assessment of a method is open in a sitting
 * (ASSESSMENT_ALREADY_OPEN, held by a unique index so two at once cannot both be opened): the sitting
 * ends only when every one is closed, so a second one would only be left behind.
 */
export async function createAssessment(
  ctx: AppContext,
  key: { caller: Caller; pathwayId: number; input: CreateAssessmentInput },
): Promise<AssessmentView> {
  const { input } = key;
  const pathway = await findPathwayInScope(ctx, key.caller, key.pathwayId);
  if (!mayCreate(key.caller, pathway, input.method))
    throw methodForbidden("The candidate and their employer may open a booklet only", input.method);
  const heldOnProblem = checkHeldOn(input.heldOn, {
    registeredOn: pathway.registered_on,
    today: isoToday(ctx),
  });
  if (heldOnProblem) throw validationFailed({ heldOn: heldOnProblem });
  const status = pathway.status;
  const sitting = openSitting(status);
  if (!sitting) throw assessmentNotOpen(status);
  const openKey = { pathwayId: pathway.id, sitting, method: input.method };
  const alreadyOpen = await findOpenAssessmentId(ctx.db, openKey);
  if (alreadyOpen) throw assessmentAlreadyOpen(input.method, alreadyOpen.id);

  const { referential, analysis } = await analysePathway(ctx, pathway);
  const validated = analysis.blocks.flatMap((b) =>
    b.capacities.filter((c) => c.isAcquired).map((c) => c.code),
  );
  const choice = chooseCapacities({
    blocks: referential.blocks,
    method: input.method,
    sitting,
    requested: input.capacityCodes,
    gaps: new Set(analysis.gaps.map((g) => g.capacityCode)),
    validated: new Set(validated),
    carriedOver: new Set(analysis.carriedOver.filter((c) => c.counts).map((c) => c.capacityCode)),
  });
  if ("refusal" in choice) throw validationFailed({ capacityCodes: choice.refusal });

  const at = ctx.clock.now().toISOString();
  const opening = ctx.db.transaction().execute(async (trx) => {
    const row = await insertAssessment(trx, {
      pathway_id: pathway.id,
      method: input.method,
      sitting,
      capacity_codes_json: JSON.stringify(choice.capacityCodes),
      assessor_user_id: pathway.evaluator_user_id,
      held_on: input.heldOn,
      status: "open",
      revision: 0,
      created_at: at,
      updated_at: at,
      closed_at: null,
    });
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "assessment.create",
      entityType: "assessment",
      entityId: row.id,
      after: {
        pathwayId: pathway.id,
        method: input.method,
        sitting,
        heldOn: input.heldOn,
        capacityCodes: choice.capacityCodes,
        assessorUserId: pathway.evaluator_user_id,
      },
      occurredAt: at,
    });
    return row.id;
  });
  const id = await opening.catch(async (error: unknown) => {
    if (!isUniqueViolation(error)) throw error;
    throw assessmentAlreadyOpen(input.method, (await findOpenAssessmentId(ctx.db, openKey))?.id ?? null);
  });
  return reloadAssessment(ctx, id, referential);
}
