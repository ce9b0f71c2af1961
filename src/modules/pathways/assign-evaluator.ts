import { type AppContext, isoToday } from "../../server/context.ts";
import { type ActingCaller, authorId, managesBranch } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { whyNotAccredited } from "./accreditation-rules.ts";
import { accreditationsFor, periodOf } from "./accreditations.ts";
import { evaluatorNotAccredited, evaluatorTrainedCandidate, notYourBranch } from "./errors.ts";
import { findPathwayInScope } from "./find-pathway.ts";
import { hasTrainedCandidate, setEvaluator } from "./repository.ts";

/**
 * Assigns the evaluator of a pathway. Refused when the evaluator holds no accreditation for this CQPI
 * in this branch valid today (none, expired, not yet valid, revoked: the reason is given), and when
 * they trained this candidate (independence rule).
 */
export async function assignEvaluator(
  ctx: AppContext,
  key: { caller: ActingCaller; pathwayId: number; evaluatorUserId: number },
) {
  const pathway = await findPathwayInScope(ctx, key.caller, key.pathwayId);
  if (!managesBranch(key.caller, pathway.branch_code)) throw notYourBranch();
  const today = isoToday(ctx);
  const accreditations = await accreditationsFor(ctx, {
    evaluatorUserId: key.evaluatorUserId,
    qualificationId: pathway.qualification_id,
    branchId: pathway.branch_id,
  });
  const notAccredited = whyNotAccredited(accreditations.map(periodOf), today);
  if (notAccredited) throw evaluatorNotAccredited(notAccredited);

  if (await hasTrainedCandidate(ctx.db, { candidateId: pathway.candidate_id, userId: key.evaluatorUserId }))
    throw evaluatorTrainedCandidate();

  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await setEvaluator(trx, pathway.id, key.evaluatorUserId, at);
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "pathway.assign_evaluator",
      entityType: "pathway",
      entityId: pathway.id,
      before: { evaluatorUserId: pathway.evaluator_user_id },
      after: { evaluatorUserId: key.evaluatorUserId },
      occurredAt: at,
    });
  });
}
