import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId, hasRole } from "../accounts/caller.ts";
import {
  discardFile,
  EVIDENCE_MAX_BYTES,
  evidencePath,
  keepFile,
  newStorageKey,
  type ReceivedFile,
} from "../assessments/evidence-store.ts";
import { cleanFileName, detectEvidenceType, nameForType } from "../assessments/evidence-types.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findQualificationOrThrow } from "../referentials/find-version.ts";
import {
  documentNotFound,
  fileMissing,
  fileTooLarge,
  fileTypeNotAllowed,
  libraryMissing,
  notYourBody,
} from "./errors.ts";
import { keepsRecordsOf } from "./policy.ts";
import { findBodyOrThrow } from "./read-bodies.ts";
import { readDocument } from "./read-documents.ts";
import { findDocument, insertDocument, insertDocumentVersion } from "./repository.ts";
import type { DocumentFields, DocumentView } from "./schemas.ts";

/** What the HTTP adapter read from the form: the file (in a temporary file) and the text fields. */
export interface ReceivedDocument {
  file: ReceivedFile | null;
  fields: DocumentFields | null;
}

/**
 * Adds a document to a library (a body's or a CQPI's) with its first version, or a new version of an
 * existing document (`documentId`). Files are stored like evidence files, outside the database, checked
 * by their bytes; a body's library is kept by whoever keeps its records, a CQPI's by the secretariat.
 * The caller is checked before the file is read when the document exists; a refused upload leaves
 * neither row nor file.
 */
export async function uploadDocument(
  ctx: AppContext,
  key: {
    caller: ActingCaller;
    documentId?: number;
    receive: (dataDir: string) => Promise<ReceivedDocument>;
  },
): Promise<DocumentView> {
  const existing = key.documentId === undefined ? null : await findDocument(ctx.db, key.documentId);
  if (key.documentId !== undefined && !existing) throw documentNotFound();
  if (existing) await checkLibraryKeeper(ctx, key.caller, existing.body_id);
  const { dataDir } = ctx.config;
  const { file, fields } = await key.receive(dataDir);
  const storageKey = newStorageKey();
  let isRenamed = false;
  try {
    let library = existing && { bodyId: existing.body_id, qualificationId: existing.qualification_id };
    if (!library && fields) {
      // One library exactly: the table's check would otherwise refuse the row as a server error.
      if ((fields.bodyId === undefined) === (fields.qualificationCode === undefined)) throw libraryMissing();
      const qualification = fields.qualificationCode
        ? await findQualificationOrThrow(ctx, fields.qualificationCode)
        : null;
      library = { bodyId: fields.bodyId ?? null, qualificationId: qualification?.id ?? null };
      await checkLibraryKeeper(ctx, key.caller, library.bodyId);
    }
    if (!library) throw libraryMissing();
    if (!file) throw fileMissing();
    if (file.isTruncated) throw fileTooLarge(EVIDENCE_MAX_BYTES);
    const sentName = cleanFileName(file.fileName);
    const contentType = detectEvidenceType(file.head, sentName);
    if (!contentType) throw fileTypeNotAllowed();
    const at = ctx.clock.now().toISOString();
    const documentId = await ctx.db.transaction().execute(async (trx) => {
      const documentId =
        existing?.id ??
        (
          await insertDocument(trx, {
            body_id: library!.bodyId,
            qualification_id: library!.qualificationId,
            kind: fields!.kind,
            title: fields!.title,
            created_at: at,
          })
        ).id;
      const version = await insertDocumentVersion(trx, {
        document_id: documentId,
        file_name: nameForType(sentName, contentType),
        content_type: contentType,
        size_bytes: file.sizeBytes,
        sha256: file.sha256,
        storage_key: storageKey,
        uploaded_by_user_id: authorId(key.caller),
        created_at: at,
      });
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "document.add_version",
        entityType: "document",
        entityId: documentId,
        after: { version: version.version, contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 },
        occurredAt: at,
      });
      // Last step of the transaction: a failed rename rolls the rows back; a failed commit is undone below.
      await keepFile(dataDir, file.tempPath, storageKey);
      isRenamed = true;
      return documentId;
    });
    return readDocument(ctx, documentId);
  } catch (error) {
    if (file) await discardFile(file.tempPath);
    if (isRenamed) await discardFile(evidencePath(dataDir, storageKey));
    throw error;
  }
}

async function checkLibraryKeeper(ctx: AppContext, caller: ActingCaller, bodyId: number | null) {
  if (bodyId === null) {
    if (caller.kind === "user" && !hasRole(caller, "admin")) throw notYourBody();
    return;
  }
  const body = await findBodyOrThrow(ctx, bodyId);
  if (!keepsRecordsOf(caller, body)) throw notYourBody();
}
