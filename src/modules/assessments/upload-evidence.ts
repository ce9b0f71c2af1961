import type { AppContext } from "../../server/context.ts";
import { authorId, type Caller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadPathwayReferential } from "../pathways/find-pathway.ts";
import {
  evidenceCapacityNotCovered,
  evidenceFileMissing,
  evidenceTooLarge,
  evidenceTypeNotAllowed,
  methodForbidden,
} from "./errors.ts";
import {
  discardFile,
  EVIDENCE_MAX_BYTES,
  evidencePath,
  keepFile,
  newStorageKey,
  type ReceivedFile,
} from "./evidence-store.ts";
import { cleanFileName, detectEvidenceType, nameForType } from "./evidence-types.ts";
import { findWritableAssessment } from "./find-assessment.ts";
import { mayWrite } from "./policy.ts";
import { insertEvidence } from "./repository.ts";
import type { EvidenceView } from "./schemas.ts";
import { capacityCodesOf, toEvidenceView } from "./views.ts";

/** What the HTTP adapter read from the form: the file (already in a temporary file) and its fields. */
export interface ReceivedEvidence {
  file: ReceivedFile | null;
  capacityCode: string | undefined;
}

/**
 * Adds an evidence file to an open assessment (a photo of a part, a procedure the candidate wrote…),
 * optionally for one of its capacities. Who may write the assessment's entries may add files. The
 * caller is checked before the upload is read (`receive` is called only then); the file is kept only
 * if it is within the size limit and its bytes are of an accepted kind, and only once its row and
 * audit event are written: a refused or failed upload leaves no row and no file.
 */
export async function uploadEvidence(
  ctx: AppContext,
  key: { caller: Caller; assessmentId: number; receive: (dataDir: string) => Promise<ReceivedEvidence> },
): Promise<EvidenceView> {
  const { assessment, pathway } = await findWritableAssessment(ctx, key.caller, key.assessmentId);
  if (!mayWrite(key.caller, pathway, assessment.method))
    throw methodForbidden(
      `Only the assigned evaluator adds evidence to the ${assessment.method}`,
      assessment.method,
    );
  const { dataDir } = ctx.config;
  const { file, capacityCode } = await key.receive(dataDir);
  const storageKey = newStorageKey();
  let isRenamed = false;
  try {
    if (!file) throw evidenceFileMissing();
    if (file.isTruncated) throw evidenceTooLarge(EVIDENCE_MAX_BYTES);
    const sentName = cleanFileName(file.fileName);
    const contentType = detectEvidenceType(file.head, sentName);
    if (!contentType) throw evidenceTypeNotAllowed();
    const fileName = nameForType(sentName, contentType);
    let capacityId: number | null = null;
    if (capacityCode !== undefined) {
      if (!capacityCodesOf(assessment).includes(capacityCode)) throw evidenceCapacityNotCovered(capacityCode);
      capacityId = (await loadPathwayReferential(ctx, pathway)).capacityIds.get(capacityCode) ?? null;
    }

    const at = ctx.clock.now().toISOString();
    const row = {
      assessment_id: assessment.id,
      capacity_id: capacityId,
      file_name: fileName,
      content_type: contentType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      storage_key: storageKey,
      uploaded_by_user_id: authorId(key.caller),
      created_at: at,
    };
    const id = await ctx.db.transaction().execute(async (trx) => {
      const id = await insertEvidence(trx, row);
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "assessment.add_evidence",
        entityType: "assessment",
        entityId: assessment.id,
        after: {
          evidenceId: id,
          contentType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          capacityCode: capacityCode ?? null,
        },
        occurredAt: at,
      });
      // Last step of the transaction: a failed rename rolls the row back; a failed commit is undone below.
      await keepFile(dataDir, file.tempPath, storageKey);
      isRenamed = true;
      return id;
    });
    return toEvidenceView({ ...row, id, capacity_code: capacityId === null ? null : capacityCode! });
  } catch (error) {
    if (file) await discardFile(file.tempPath);
    if (isRenamed) await discardFile(evidencePath(dataDir, storageKey));
    throw error;
  }
}
