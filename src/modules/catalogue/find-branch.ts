import type { AppContext } from "../../server/context.ts";
import { branchNotFound } from "./errors.ts";
import { findBranchByCode } from "./repository.ts";

/** A branch by its code, for other modules that keep its id (BRANCH_NOT_FOUND when there is none). */
export async function findBranch(
  ctx: AppContext,
  code: string,
): Promise<{ id: number; code: string; name: string }> {
  const row = await findBranchByCode(ctx.db, code);
  if (!row) throw branchNotFound(code);
  return { id: row.id, code: row.code, name: row.name };
}
