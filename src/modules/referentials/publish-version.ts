import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { versionIncomplete, versionNotEditable } from "./errors.ts";
import { findVersion } from "./find-version.ts";
import { findVersionRowById, listVersionRows, setVersionStatus } from "./repository.ts";
import { nextStatus, publicationProblems } from "./rules.ts";
import type { VersionStatus } from "./schemas.ts";
import { toVersionView } from "./views.ts";

/**
 * Publishes a draft: from then on it never changes. The version published before it becomes
 * superseded. Refused with the list of what is missing when a capacity lacks a criterion or a method.
 */
export async function publishVersion(
  ctx: AppContext,
  key: { actorUserId: number | null; code: string; version: number },
) {
  const { qualification, row, view } = await findVersion(ctx, {
    ...key,
    caller: platform,
    mayReadDrafts: true,
  });
  const status = nextStatus(row.status as VersionStatus, "publish");
  if (!status) throw versionNotEditable();
  const problems = publicationProblems(view);
  if (Object.keys(problems).length > 0) throw versionIncomplete(problems);
  const at = ctx.clock.now().toISOString();
  const previous = (await listVersionRows(ctx.db, qualification.id)).filter((r) => r.status === "published");
  return ctx.db.transaction().execute(async (trx) => {
    for (const old of previous) {
      await setVersionStatus(trx, old.id, {
        status: nextStatus("published", "supersede")!,
        updated_at: at,
        superseded_at: at,
      });
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
    await setVersionStatus(trx, row.id, { status, updated_at: at, published_at: at });
    await recordAuditEvent(trx, {
      actorUserId: key.actorUserId,
      action: "referential.publish",
      entityType: "referential_version",
      entityId: `${qualification.code}/${row.version}`,
      before: { status: row.status, revision: row.revision },
      after: { status, revision: row.revision },
      occurredAt: at,
    });
    return toVersionView(await findVersionRowById(trx, row.id), qualification.code, view.blocks);
  });
}
