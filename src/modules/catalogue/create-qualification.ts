import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { qualificationCodeTaken } from "./errors.ts";
import { findQualificationByCode, insertQualification } from "./repository.ts";
import type { CreateQualificationInput, QualificationView } from "./schemas.ts";
import { toQualificationView } from "./views.ts";

/** Adds a CQPI to the catalogue; its code is unique and never changes. */
export async function createQualification(
  ctx: AppContext,
  { actorUserId, input }: { actorUserId: number | null; input: CreateQualificationInput },
): Promise<QualificationView> {
  if (await findQualificationByCode(ctx.db, input.code)) throw qualificationCodeTaken();
  const at = ctx.clock.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertQualification(trx, {
        code: input.code,
        title: input.title,
        description: input.description,
        rncp_code: input.rncpCode,
        created_on: input.createdOn,
        created_at: at,
      });
      const view = toQualificationView(row);
      await recordAuditEvent(trx, {
        actorUserId,
        action: "qualification.create",
        entityType: "qualification",
        entityId: row.code,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw qualificationCodeTaken();
    throw error;
  }
}
