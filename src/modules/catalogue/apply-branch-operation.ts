import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotAdhered } from "./errors.ts";
import { findOperation, saveOperation } from "./repository.ts";
import { toOperationView } from "./views.ts";

export interface BranchOperationWrite {
  branch: { id: number; code: string; charter_adhesion_date: string | null };
  qualification: { id: number; code: string };
  operatedSince: string | null;
  note: string;
  /** Leave an existing record as it is (a referential adoption records the operation only if absent). */
  keepExisting?: boolean;
  caller: ActingCaller;
  /** ISO-8601 time of the write, for its audit event. */
  at: string;
}

/**
 * Records, on a transaction the caller opened, that a branch operates a CQPI (since when, with a
 * note), or updates that record, with its audit event; so that another module's write (an adoption)
 * and this one are committed together. Says whether the record is new and whether anything was written.
 * A branch that has not adhered to the charter, or adhered after the day it would operate since, is
 * refused (BRANCH_NOT_ADHERED), as an adoption is.
 */
export async function applyBranchOperation(
  trx: Transaction<Database>,
  write: BranchOperationWrite,
): Promise<{ isNew: boolean; isWritten: boolean }> {
  const existing = await findOperation(trx, write.branch.id, write.qualification.id);
  if (existing && write.keepExisting) return { isNew: false, isWritten: false };
  const adheredOn = write.branch.charter_adhesion_date;
  if (adheredOn === null || (write.operatedSince !== null && adheredOn > write.operatedSince))
    throw branchNotAdhered(write.branch.code, write.operatedSince ?? write.at.slice(0, 10), adheredOn);
  const after = { operatedSince: write.operatedSince, note: write.note };
  await saveOperation(trx, {
    branch_id: write.branch.id,
    qualification_id: write.qualification.id,
    operated_since: after.operatedSince,
    note: after.note,
  });
  await recordAuditEvent(trx, {
    actorUserId: authorId(write.caller),
    action: existing ? "operation.update" : "operation.create",
    entityType: "operation",
    entityId: `${write.branch.code}/${write.qualification.code}`,
    before: existing && toOperationView(existing),
    after,
    occurredAt: write.at,
  });
  return { isNew: !existing, isWritten: true };
}
