import type { AppContext } from "../../server/context.ts";
import { validationFailed } from "../../server/errors.ts";
import { platform } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { versionNotEditable } from "./errors.ts";
import { findVersion, lostRaceRefusal } from "./find-version.ts";
import { bumpRevision, findVersionRowById, replaceTree } from "./repository.ts";
import { duplicateCodes, isEditable } from "./rules.ts";
import type { ReferentialContent } from "./schemas.ts";
import { auditSnapshot, toVersionView } from "./views.ts";

/**
 * Saves the whole tree and rules of a draft. The caller sends the revision it started from; if the
 * draft was saved by someone else since, the save is refused (REVISION_CONFLICT) and nothing changes.
 */
export async function saveDraft(
  ctx: AppContext,
  key: {
    actorUserId: number | null;
    code: string;
    version: number;
    revision: number;
    content: ReferentialContent;
  },
) {
  const {
    qualification,
    row,
    view: before,
  } = await findVersion(ctx, { ...key, caller: platform, mayReadDrafts: true });
  if (!isEditable(row.status)) throw versionNotEditable();
  const duplicates = duplicateCodes(key.content.blocks);
  if (Object.keys(duplicates).length > 0) throw validationFailed(duplicates);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const isSaved = await bumpRevision(trx, row.id, key.revision, {
      pass_rule_json: JSON.stringify(key.content.passRule),
      validity_json: JSON.stringify(key.content.validity),
      updated_at: at,
    });
    if (!isSaved) {
      throw await lostRaceRefusal(trx, { ...key, qualificationId: qualification.id });
    }
    await replaceTree(trx, { versionId: row.id }, key.content.blocks);
    const after = toVersionView(
      await findVersionRowById(trx, row.id),
      qualification.code,
      key.content.blocks,
    );
    await recordAuditEvent(trx, {
      actorUserId: key.actorUserId,
      action: "referential.save_draft",
      entityType: "referential_version",
      entityId: `${qualification.code}/${row.version}`,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      occurredAt: at,
    });
    return after;
  });
}
