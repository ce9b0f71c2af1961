import type { AppContext } from "../../server/context.ts";
import type { Actor } from "../accounts/roles.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { accreditationsFor, isValidOn } from "./accreditations.ts";
import { evaluatorNotAccredited, evaluatorTrainedCandidate, notYourBranch } from "./errors.ts";
import { findPathwayInScope } from "./find-pathway.ts";
import { canManageBranch } from "./policy.ts";
import { hasTrainedCandidate, setEvaluator } from "./repository.ts";

/**
 * Assigns the evaluator of a pathway. Refused when the evaluator holds no accreditation for this CQPI
 * in this branch valid today (none, expired, not yet valid, revoked: the reason is given), and when
 * they trained this candidate (independence rule).
 */
export async function assignEvaluator(
  ctx: AppContext,
  key: { actor: Actor | null; pathwayId: number; evaluatorUserId: number },
) {
  const pathway = await findPathwayInScope(ctx, key.actor, key.pathwayId);
  if (key.actor && !canManageBranch(key.actor, pathway.branch_code)) throw notYourBranch();
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const accreditations = await accreditationsFor(ctx, {
    evaluatorUserId: key.evaluatorUserId,
    qualificationId: pathway.qualification_id,
    branchId: pathway.branch_id,
  });
  if (!accreditations.some((a) => isValidOn(a, today)))
    throw evaluatorNotAccredited(whyNotValid(accreditations, today));

  if (await hasTrainedCandidate(ctx.db, { candidateId: pathway.candidate_id, userId: key.evaluatorUserId }))
    throw evaluatorTrainedCandidate();

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await setEvaluator(trx, pathway.id, key.evaluatorUserId, at);
    await recordAuditEvent(trx, {
      actorUserId: key.actor?.userId ?? null,
      action: "pathway.assign_evaluator",
      entityType: "pathway",
      entityId: pathway.id,
      before: { evaluatorUserId: pathway.evaluator_user_id },
      after: { evaluatorUserId: key.evaluatorUserId },
      occurredAt: at,
    });
  });
}

function whyNotValid(
  accreditations: { valid_from: string; valid_until: string; revoked_at: string | null }[],
  today: string,
) {
  if (accreditations.length === 0) return "no accreditation for this CQPI in this branch";
  if (accreditations.every((a) => a.revoked_at !== null)) return "accreditation revoked";
  if (accreditations.some((a) => a.revoked_at === null && a.valid_from > today))
    return "accreditation not yet valid";
  return "accreditation expired";
}
