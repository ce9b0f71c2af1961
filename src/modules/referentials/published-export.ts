import { createHash } from "node:crypto";
import type { AppContext } from "../../server/context.ts";
import { findExport, saveExport } from "./export-cache-repository.ts";

/** The kept files of a version; a grid headed with the codes is kept apart from the French one. */
export type ExportFormat = "case" | "csv" | "xlsx" | "csv-codes" | "xlsx-codes" | "pdf";

export interface ExportFile {
  content: Buffer;
  /** Strong ETag (quoted), a hash of the content; null for a draft, which is never cached. */
  etag: string | null;
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * A version's export in one format. A published (or superseded) version never changes, so its export
 * is generated once, kept in the database (shared by every instance) and served as kept, with an ETag
 * that lets clients revalidate for nothing. `facts` are what the file shows besides the tree (status,
 * CQPI title, public URL): when they change, the export is generated again. Drafts are rendered on
 * every request and never kept.
 */
export async function publishedExport(
  ctx: AppContext,
  key: { versionId: number; status: string; format: ExportFormat; facts: unknown },
  render: () => Promise<string | Uint8Array> | string | Uint8Array,
): Promise<ExportFile> {
  if (key.status === "draft") return { content: Buffer.from(await render()), etag: null };
  const sourceKey = sha256(JSON.stringify(key.facts));
  const kept = await findExport(ctx.db, key.versionId, key.format);
  if (kept && kept.source_key === sourceKey) return { content: Buffer.from(kept.content), etag: kept.etag };
  const content = Buffer.from(await render());
  const etag = `"${sha256(content)}"`;
  await saveExport(ctx.db, {
    version_id: key.versionId,
    format: key.format,
    content,
    source_key: sourceKey,
    etag,
    created_at: ctx.clock.now().toISOString(),
  });
  return { content, etag };
}
