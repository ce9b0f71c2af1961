import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { versionNotEditable } from "./errors.ts";
import { findVersion, lostRaceRefusal } from "./find-version.ts";
import { deleteVersionRow } from "./repository.ts";
import { isEditable } from "./rules.ts";
import { auditSnapshot } from "./views.ts";

/** Abandons a draft; published versions are never deleted. */
export async function deleteDraft(
  ctx: AppContext,
  key: { actorUserId: number | null; code: string; version: number },
) {
  const { qualification, row, view } = await findVersion(ctx, {
    ...key,
    caller: platform,
    mayReadDrafts: true,
  });
  if (!isEditable(row.status)) throw versionNotEditable();
  await ctx.db.transaction().execute(async (trx) => {
    // Published in between by someone else: a published version is never deleted.
    if (!(await deleteVersionRow(trx, row.id)))
      throw await lostRaceRefusal(trx, { ...key, qualificationId: qualification.id });
    await recordAuditEvent(trx, {
      actorUserId: key.actorUserId,
      action: "referential.delete_draft",
      entityType: "referential_version",
      entityId: `${qualification.code}/${row.version}`,
      before: auditSnapshot(view),
      occurredAt: ctx.clock.now().toISOString(),
    });
  });
}
