import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { draftExists } from "./errors.ts";
import { findQualificationOrThrow } from "./find-version.ts";
import { insertVersionRow, listVersionRows, loadTrees, replaceTree } from "./repository.ts";
import { type ReferentialContent, referentialContent } from "./schemas.ts";
import { auditSnapshot, contentOf, toVersionView } from "./views.ts";

/**
 * Starts the next version of a CQPI's referential as a draft: a copy of the latest version, or the
 * given content (an import), or an empty referential for a new CQPI. One draft at a time: when two
 * drafts are started at once, the unique version number lets one in and the other gets DRAFT_EXISTS.
 */
export async function createDraft(
  ctx: AppContext,
  { actorUserId, code, content }: { actorUserId: number | null; code: string; content?: ReferentialContent },
) {
  const qualification = await findQualificationOrThrow(ctx, code);
  const [latest] = await listVersionRows(ctx.db, qualification.id);
  if (latest?.status === "draft") throw draftExists(latest.version);
  const [latestBlocks] = latest ? await loadTrees(ctx.db, [{ versionId: latest.id }]) : [[]];
  const initial = content ?? (latest ? contentOf(latest, latestBlocks ?? []) : referentialContent.parse({}));
  const at = ctx.clock.now().toISOString();
  const version = (latest?.version ?? 0) + 1;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertVersionRow(trx, {
        qualification_id: qualification.id,
        version,
        status: "draft",
        revision: 0,
        based_on_version: latest?.version ?? null,
        pass_rule_json: JSON.stringify(initial.passRule),
        validity_json: JSON.stringify(initial.validity),
        created_at: at,
        updated_at: at,
        published_at: null,
        superseded_at: null,
      });
      await replaceTree(trx, { versionId: row.id }, initial.blocks);
      const view = toVersionView(row, qualification.code, initial.blocks);
      await recordAuditEvent(trx, {
        actorUserId,
        action: content ? "referential.import" : "referential.create_draft",
        entityType: "referential_version",
        entityId: `${qualification.code}/${row.version}`,
        after: auditSnapshot(view),
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw draftExists(version);
    throw error;
  }
}
