import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { checkCandidate } from "./check-candidate.ts";
import { candidateAccountTaken, candidateAccountUnavailable, candidateNotEditable } from "./errors.ts";
import { findCandidateInScope } from "./find-candidate.ts";
import { candidateWriteScopeOf, everyCandidate, seesEveryAccount } from "./policy.ts";
import { findCandidateRow, updateCandidate as updateCandidateRow } from "./repository.ts";
import type { CandidateFields, CandidateView, UpdateCandidateInput } from "./schemas.ts";
import { toCandidateColumns, toCandidateView } from "./views.ts";

/**
 * Changes a candidate's identity, contact, employment or account, within the caller's write scope
 * (see policy.ts): a candidate they cannot see does not exist, one they see but may not edit is
 * refused with CANDIDATE_NOT_EDITABLE. The record as it would become must pass every rule, and a new
 * company must be one the caller may attach the candidate to.
 */
export async function updateCandidate(
  ctx: AppContext,
  { caller, id, input }: { caller: UserCaller; id: number; input: UpdateCandidateInput },
): Promise<CandidateView> {
  const before = await findCandidateInScope(ctx, caller, id);
  if (!(await findCandidateRow(ctx.db, candidateWriteScopeOf(caller), id))) throw candidateNotEditable();
  const { id: _id, displayName, companyName, createdAt, updatedAt, ...current } = before;
  // Zod leaves out the fields the request leaves out, so the spread keeps the current value of each.
  const fields: CandidateFields = { ...current, ...input };
  const changes = {
    companyId: fields.companyId !== before.companyId,
    userId: fields.userId !== before.userId,
  };
  await checkCandidate(ctx, { caller, candidateId: id, fields, changes });
  const at = ctx.clock.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await updateCandidateRow(trx, id, { ...toCandidateColumns(fields), updated_at: at });
      const after = toCandidateView((await findCandidateRow(trx, everyCandidate, id))!);
      await recordAuditEvent(trx, {
        actorUserId: caller.userId,
        action: "candidate.update",
        entityType: "candidate",
        entityId: id,
        before,
        after,
        occurredAt: at,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw seesEveryAccount(caller) ? candidateAccountTaken() : candidateAccountUnavailable();
    throw error;
  }
}
