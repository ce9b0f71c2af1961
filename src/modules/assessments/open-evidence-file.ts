import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { findVisiblePathway } from "../pathways/find-pathway.ts";
import { evidenceNotFound } from "./errors.ts";
import { openEvidence } from "./evidence-store.ts";
import { cleanFileName, nameForType } from "./evidence-types.ts";
import { findEvidenceRow } from "./repository.ts";

/**
 * An evidence file to download, for whoever sees its assessment's pathway; any other caller gets
 * EVIDENCE_NOT_FOUND, as if it did not exist. Served with the type recognised at upload.
 */
export async function openEvidenceFile(
  ctx: AppContext,
  { caller, evidenceId }: { caller: Caller; evidenceId: number },
) {
  const row = await findEvidenceRow(ctx.db, evidenceId);
  const pathway = row && (await findVisiblePathway(ctx, caller, row.pathway_id));
  if (!row || !pathway) throw evidenceNotFound();
  return {
    // Files kept before names followed their type are named for it at download.
    fileName: nameForType(cleanFileName(row.file_name), row.content_type),
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    stream: openEvidence(ctx.config.dataDir, row.storage_key),
  };
}
