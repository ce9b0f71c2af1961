import type { AppContext } from "../../server/context.ts";
import { type Caller, hasRole } from "./caller.ts";
import { searchActiveAccounts } from "./repository.ts";

/** An evaluator account as a picker shows it: enough to tell two namesakes apart, nothing else. */
export interface EvaluatorChoice {
  userId: number;
  displayName: string;
  email: string;
}

/**
 * The active evaluator accounts whose name or email contains `q`, whatever its case and accents, so
 * that a branch's secretariat can accredit an evaluator the branch has never worked with. Only the
 * national committee and branch officers search (an evaluator is accredited by a branch); anybody
 * else gets nothing.
 */
export async function searchEvaluatorAccounts(
  ctx: AppContext,
  { caller, q, limit }: { caller: Caller; q: string; limit: number },
): Promise<EvaluatorChoice[]> {
  const maySearch = caller.kind === "platform" || hasRole(caller, "admin", "branch_officer");
  if (!maySearch) return [];
  const rows = await searchActiveAccounts(ctx.db, { role: "evaluator", q, limit });
  return rows.map((row) => ({ userId: row.id, displayName: row.display_name, email: row.email }));
}
