import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { updateBranch } from "./repository.ts";
import { toBranchView } from "./views.ts";

/**
 * Writes, on the transaction of the national committee's decision, the date a branch adhered to the
 * charter: the date the catalogue shows and that the adoption of a CQPI requires.
 */
export async function applyCharterAdhesion(
  trx: Transaction<Database>,
  write: { branch: { id: number; code: string }; adheredOn: string; caller: ActingCaller; at: string },
) {
  const updated = await updateBranch(trx, write.branch.id, {
    charter_adhesion_date: write.adheredOn,
    updated_at: write.at,
  });
  await recordAuditEvent(trx, {
    actorUserId: authorId(write.caller),
    action: "branch.adhere",
    entityType: "branch",
    entityId: write.branch.code,
    after: toBranchView(updated),
    occurredAt: write.at,
  });
}
