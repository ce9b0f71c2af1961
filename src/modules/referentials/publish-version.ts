import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { versionIncomplete, versionNotEditable } from "./errors.ts";
import { findVersion, lostRaceRefusal } from "./find-version.ts";
import { findVersionRowById, listVersionRows, loadTrees, setVersionStatus } from "./repository.ts";
import { nextStatus, publicationProblems } from "./rules.ts";
import { toVersionView } from "./views.ts";

/**
 * Publishes a draft: from then on it never changes. The version published before it becomes
 * superseded. Refused with the list of what is missing when a capacity lacks a criterion or a method.
 *
 * The status write is conditional on the draft's status and revision as read, and the completeness
 * check reads the tree again inside the same transaction, after that write: a save changes the tree
 * only after bumping the revision, so the tree checked is exactly the one published. A save that lands
 * first makes the publish fail with REVISION_CONFLICT; a second, concurrent publish with
 * VERSION_NOT_EDITABLE; either way nothing is written.
 */
export async function publishVersion(
  ctx: AppContext,
  key: { actorUserId: number | null; code: string; version: number },
) {
  const { qualification, row } = await findVersion(ctx, {
    ...key,
    caller: platform,
    mayReadDrafts: true,
  });
  const status = nextStatus(row.status, "publish");
  if (!status) throw versionNotEditable();
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const from = { status: row.status, revision: row.revision };
    if (!(await setVersionStatus(trx, row.id, from, { status, updated_at: at, published_at: at }))) {
      throw await lostRaceRefusal(trx, { ...key, qualificationId: qualification.id });
    }
    const [blocks = []] = await loadTrees(trx, [{ versionId: row.id }]);
    const problems = publicationProblems(toVersionView(row, qualification.code, blocks));
    if (Object.keys(problems).length > 0) throw versionIncomplete(problems);

    const previous = (await listVersionRows(trx, qualification.id)).filter((r) => r.status === "published");
    for (const old of previous.filter((r) => r.id !== row.id)) {
      const superseded = { status: nextStatus("published", "supersede")!, updated_at: at, superseded_at: at };
      if (!(await setVersionStatus(trx, old.id, { status: "published" }, superseded))) continue;
      await recordAuditEvent(trx, {
        actorUserId: key.actorUserId,
        action: "referential.supersede",
        entityType: "referential_version",
        entityId: `${qualification.code}/${old.version}`,
        before: { status: old.status },
        after: { status: "superseded", supersededBy: row.version },
        occurredAt: at,
      });
    }
    await recordAuditEvent(trx, {
      actorUserId: key.actorUserId,
      action: "referential.publish",
      entityType: "referential_version",
      entityId: `${qualification.code}/${row.version}`,
      before: { status: row.status, revision: row.revision },
      after: { status, revision: row.revision },
      occurredAt: at,
    });
    return toVersionView(await findVersionRowById(trx, row.id), qualification.code, blocks);
  });
}
