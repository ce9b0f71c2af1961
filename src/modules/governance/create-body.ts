import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotFound } from "../catalogue/errors.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { bodyExists } from "./errors.ts";
import { insertBody } from "./repository.ts";
import type { CreateBodyInput } from "./schemas.ts";

/** Adds a branch's CPNE to the bodies (one per branch); the national bodies exist from the start. */
export async function createBody(ctx: AppContext, key: { caller: ActingCaller; input: CreateBodyInput }) {
  const branch = await findBranch(ctx.db, key.input.branchCode);
  if (!branch) throw branchNotFound(key.input.branchCode);
  const at = ctx.clock.now().toISOString();
  const body = {
    code: `CPNE-${branch.code}`.slice(0, 40),
    kind: "cpne" as const,
    name: `CPNE ${branch.name}`,
  };
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const { id } = await insertBody(trx, { ...body, branch_id: branch.id, created_at: at });
      const view = { id, ...body, branchCode: branch.code, decisionCount: 0 };
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "body.create",
        entityType: "body",
        entityId: id,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw bodyExists(branch.code);
    throw error;
  }
}
