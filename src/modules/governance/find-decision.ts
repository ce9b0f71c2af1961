import type { AppContext } from "../../server/context.ts";
import { findDecision as findDecisionRow } from "./repository.ts";

/** A decision's kind, outcome and date, for other modules that cite it (undefined when there is none). */
export async function findDecision(ctx: AppContext, id: number) {
  const row = await findDecisionRow(ctx.db, id);
  return row && { id: row.id, kind: row.kind, outcome: row.outcome, decidedOn: row.decided_on };
}
