import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotFound, notYourBranch } from "../catalogue/errors.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { adhesionAlreadyRequested, branchAlreadyAdhered } from "./errors.ts";
import { actsForBranch } from "./policy.ts";
import { insertAdhesion } from "./repository.ts";
import type { AdhesionView, RequestAdhesionInput } from "./schemas.ts";
import { toAdhesionView } from "./views.ts";

/**
 * Files a branch's request to adhere to the CQPI charter. A branch that has adhered files none; a
 * branch has one request in progress at most (a partial unique index settles two filed at once).
 */
export async function requestAdhesion(
  ctx: AppContext,
  key: { caller: ActingCaller; branchCode: string; input: RequestAdhesionInput },
): Promise<AdhesionView> {
  const branch = await findBranch(ctx.db, key.branchCode);
  if (!branch) throw branchNotFound(key.branchCode);
  if (!actsForBranch(key.caller, branch.code)) throw notYourBranch();
  if (branch.charter_adhesion_date) throw branchAlreadyAdhered(branch.code, branch.charter_adhesion_date);
  const at = ctx.clock.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertAdhesion(trx, {
        branch_id: branch.id,
        status: "requested",
        requested_on: key.input.requestedOn,
        motivation: key.input.motivation,
        employer_opinion: null,
        employee_opinion: null,
        opinion_on: null,
        decision_id: null,
        decided_on: null,
        requested_by_user_id: authorId(key.caller),
        created_at: at,
        updated_at: at,
      });
      const view = toAdhesionView(row, branch.code);
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "adhesion.request",
        entityType: "charter_adhesion",
        entityId: row.id,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw adhesionAlreadyRequested(branch.code);
    throw error;
  }
}
