import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { qualificationNotFound } from "./errors.ts";
import { findQualificationByCode, updateQualification as updateQualificationRow } from "./repository.ts";
import type { QualificationView, UpdateQualificationInput } from "./schemas.ts";
import { toQualificationView } from "./views.ts";

/** Edits a CQPI's title, description, RNCP code or creation date. */
export async function updateQualification(
  ctx: AppContext,
  { actorUserId, code, input }: { actorUserId: number; code: string; input: UpdateQualificationInput },
): Promise<QualificationView> {
  const row = await findQualificationByCode(ctx.db, code);
  if (!row) throw qualificationNotFound(code);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateQualificationRow(trx, row.id, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.rncpCode !== undefined && { rncp_code: input.rncpCode }),
      ...(input.createdOn !== undefined && { created_on: input.createdOn }),
      updated_at: at,
    });
    const before = toQualificationView(row);
    const after = toQualificationView(updated);
    await recordAuditEvent(trx, {
      actorUserId,
      action: "qualification.update",
      entityType: "qualification",
      entityId: code,
      before,
      after,
      occurredAt: at,
    });
    return after;
  });
}
