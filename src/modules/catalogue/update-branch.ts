import type { AppContext } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { adhesionDateNotEditable, branchNotFound, notYourBranch } from "./errors.ts";
import { canEditBranch } from "./policy.ts";
import { findBranchByCode, updateBranch as updateBranchRow } from "./repository.ts";
import type { BranchView, UpdateBranchInput } from "./schemas.ts";
import { toBranchView } from "./views.ts";

/**
 * Edits a branch's name, federation, partner flag or description. The charter adhesion date is the
 * national committee's decision's (governance): sent unchanged it is ignored, changed it is refused.
 */
export async function updateBranch(
  ctx: AppContext,
  { caller, code, input }: { caller: UserCaller; code: string; input: UpdateBranchInput },
): Promise<BranchView> {
  const row = await findBranchByCode(ctx.db, code);
  if (!row) throw branchNotFound(code);
  if (!canEditBranch(caller, code)) throw notYourBranch();
  if (input.charterAdhesionDate !== undefined && input.charterAdhesionDate !== row.charter_adhesion_date)
    throw adhesionDateNotEditable();
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateBranchRow(trx, row.id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.federation !== undefined && { federation: input.federation }),
      ...(input.isPartner !== undefined && { is_partner: Number(input.isPartner) }),
      ...(input.description !== undefined && { description: input.description }),
      updated_at: at,
    });
    const before = toBranchView(row);
    const after = toBranchView(updated);
    await recordAuditEvent(trx, {
      actorUserId: caller.userId,
      action: "branch.update",
      entityType: "branch",
      entityId: code,
      before,
      after,
      occurredAt: at,
    });
    return after;
  });
}
