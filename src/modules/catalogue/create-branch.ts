import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchCodeTaken } from "./errors.ts";
import { findBranchByCode, insertBranch } from "./repository.ts";
import type { BranchView, CreateBranchInput } from "./schemas.ts";
import { toBranchView } from "./views.ts";

/** Adds a branch (or partner) to the catalogue; its code is unique and never changes. */
export async function createBranch(
  ctx: AppContext,
  { actorUserId, input }: { actorUserId: number | null; input: CreateBranchInput },
): Promise<BranchView> {
  if (await findBranchByCode(ctx.db, input.code)) throw branchCodeTaken();
  const at = ctx.clock.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertBranch(trx, {
        code: input.code,
        name: input.name,
        federation: input.federation,
        is_partner: Number(input.isPartner),
        charter_adhesion_date: input.charterAdhesionDate,
        description: input.description,
        created_at: at,
      });
      const view = toBranchView(row);
      await recordAuditEvent(trx, {
        actorUserId,
        action: "branch.create",
        entityType: "branch",
        entityId: row.code,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw branchCodeTaken();
    throw error;
  }
}
