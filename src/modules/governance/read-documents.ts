import type { AppContext } from "../../server/context.ts";
import { openEvidence } from "../assessments/evidence-store.ts";
import { findQualificationOrThrow } from "../referentials/find-version.ts";
import { documentNotFound, libraryMissing } from "./errors.ts";
import { findBodyOrThrow } from "./read-bodies.ts";
import { findDocument, findDocumentVersion, listDocuments, versionsOf } from "./repository.ts";
import type { DocumentView } from "./schemas.ts";
import { toDocumentVersionView } from "./views.ts";

type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

async function withVersions(ctx: AppContext, rows: DocumentRow[]): Promise<DocumentView[]> {
  const versions = await versionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    bodyId: row.body_id,
    qualificationCode: row.qualification_code,
    kind: row.kind,
    title: row.title,
    versions: versions.filter((v) => v.document_id === row.id).map(toDocumentVersionView),
  }));
}

/** A library: the documents of a body or of a CQPI, each with its versions, latest first. */
export async function readLibrary(
  ctx: AppContext,
  query: { bodyId?: number | undefined; qualificationCode?: string | undefined },
): Promise<DocumentView[]> {
  if (query.bodyId !== undefined) {
    await findBodyOrThrow(ctx, query.bodyId);
    return withVersions(ctx, await listDocuments(ctx.db, { bodyId: query.bodyId }));
  }
  if (query.qualificationCode === undefined) throw libraryMissing();
  const qualification = await findQualificationOrThrow(ctx, query.qualificationCode);
  return withVersions(ctx, await listDocuments(ctx.db, { qualificationId: qualification.id }));
}

export async function readDocument(ctx: AppContext, id: number): Promise<DocumentView> {
  const row = await findDocument(ctx.db, id);
  if (!row) throw documentNotFound();
  return (await withVersions(ctx, [row]))[0]!;
}

/** One version's file to download, as stored (its type recognised at upload). */
export async function openDocumentVersion(ctx: AppContext, key: { documentId: number; version: number }) {
  const row = await findDocumentVersion(ctx.db, key.documentId, key.version);
  if (!row) throw documentNotFound();
  return {
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    stream: openEvidence(ctx.config.dataDir, row.storage_key),
  };
}
