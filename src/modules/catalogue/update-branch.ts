import type { AppContext } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotFound, notYourBranch } from "./errors.ts";
import { canEditBranch } from "./policy.ts";
import { findBranchByCode, updateBranch as updateBranchRow } from "./repository.ts";
import type { BranchView, UpdateBranchInput } from "./schemas.ts";
import { toBranchView } from "./views.ts";

/** Edits a branch's name, federation, partner flag, charter adhesion date or description. */
export async function updateBranch(
  ctx: AppContext,
  { caller, code, input }: { caller: UserCaller; code: string; input: UpdateBranchInput },
): Promise<BranchView> {
  const row = await findBranchByCode(ctx.db, code);
  if (!row) throw branchNotFound(code);
  if (!canEditBranch(caller, code)) throw notYourBranch();
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateBranchRow(trx, row.id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.federation !== undefined && { federation: input.federation }),
      ...(input.isPartner !== undefined && { is_partner: Number(input.isPartner) }),
      ...(input.charterAdhesionDate !== undefined && { charter_adhesion_date: input.charterAdhesionDate }),
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
