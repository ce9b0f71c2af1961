import { type AppContext, isoNow } from "../../server/context.ts";
import { signBytes } from "../certificates/credential/detached-signature.ts";
import { loadSigningKey } from "../certificates/signing-key.ts";
import { type AuditCheckpoint, appendCheckpoint, checkpointPayload } from "./checkpoint-file.ts";
import { readHead } from "./repository.ts";

/**
 * Signs the audit chain's head (sequence number and hash) with the platform's current signing key and
 * appends it to the checkpoint file, outside the database: whoever rewrites the chain and its head in the
 * database cannot rewrite what was signed before, which `verifyAuditCheckpoints` compares.
 */
export async function recordAuditCheckpoint(ctx: AppContext): Promise<AuditCheckpoint> {
  const [head, key] = await Promise.all([readHead(ctx.db), loadSigningKey(ctx)]);
  const statement = { seq: head.seq, hash: head.hash, at: isoNow(ctx) };
  const checkpoint = {
    ...statement,
    publicKeyMultibase: key.publicKeyMultibase,
    signature: await signBytes(key, checkpointPayload(statement)),
  };
  await appendCheckpoint(ctx.config.auditCheckpointFile, checkpoint);
  return checkpoint;
}
