import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { applyBranchOperation } from "./apply-branch-operation.ts";
import { branchNotFound, operationNotFound, qualificationNotFound } from "./errors.ts";
import { deleteOperation, findBranchByCode, findOperation, findQualificationByCode } from "./repository.ts";
import type { OperationInput } from "./schemas.ts";
import { toOperationView } from "./views.ts";

interface OperationKey {
  caller: ActingCaller;
  branchCode: string;
  qualificationCode: string;
}

async function findPair(ctx: AppContext, key: OperationKey) {
  const branch = await findBranchByCode(ctx.db, key.branchCode);
  if (!branch) throw branchNotFound(key.branchCode);
  const qualification = await findQualificationByCode(ctx.db, key.qualificationCode);
  if (!qualification) throw qualificationNotFound(key.qualificationCode);
  const existing = await findOperation(ctx.db, branch.id, qualification.id);
  return { branch, qualification, existing, entityId: `${branch.code}/${qualification.code}` };
}

/** Records that a branch operates a CQPI (since when, with a note), or updates that record. */
export async function setBranchOperation(ctx: AppContext, key: OperationKey & { input: OperationInput }) {
  const { branch, qualification } = await findPair(ctx, key);
  const after = { operatedSince: key.input.operatedSince, note: key.input.note };
  const { isNew } = await ctx.db.transaction().execute((trx) =>
    applyBranchOperation(trx, {
      branch,
      qualification,
      ...after,
      caller: key.caller,
      at: ctx.clock.now().toISOString(),
    }),
  );
  return { branchCode: branch.code, qualificationCode: qualification.code, ...after, isNew };
}

/** Records that a branch no longer operates a CQPI. */
export async function removeBranchOperation(ctx: AppContext, key: OperationKey) {
  const { branch, qualification, existing, entityId } = await findPair(ctx, key);
  if (!existing) throw operationNotFound();
  await ctx.db.transaction().execute(async (trx) => {
    await deleteOperation(trx, branch.id, qualification.id);
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "operation.delete",
      entityType: "operation",
      entityId,
      before: toOperationView(existing),
      occurredAt: ctx.clock.now().toISOString(),
    });
  });
}
