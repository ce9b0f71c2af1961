import type { AppContext } from "../../server/context.ts";
import { verifyBytes } from "../certificates/credential/detached-signature.ts";
import { readKeyFile } from "../certificates/issuer-key-file.ts";
import { checkpointPayload, readCheckpoints } from "./checkpoint-file.ts";
import { readEventsAfter, readHead } from "./repository.ts";
import { GENESIS_HASH } from "./rules.ts";

export interface CheckpointVerification {
  checked: number;
  /** The first checkpoint that does not hold, and why. */
  broken: { seq: number; reason: "unknown_key" | "bad_signature" | "rewritten" | "truncated" } | null;
}

/**
 * Compares every signed checkpoint with the database: its signature must be from a key of the key file
 * (not from the database, which may have been rewritten too), the event at its sequence number must still
 * have the hash it signed, and the chain must not have become shorter.
 */
export async function verifyAuditCheckpoints(ctx: AppContext): Promise<CheckpointVerification> {
  const [checkpoints, keys, head] = await Promise.all([
    readCheckpoints(ctx.config.auditCheckpointFile),
    readKeyFile(ctx.config.keyFile),
    readHead(ctx.db),
  ]);
  const publicKeys = new Set(keys.map((k) => k.publicKeyMultibase));
  let checked = 0;
  for (const checkpoint of checkpoints) {
    const fail = (reason: NonNullable<CheckpointVerification["broken"]>["reason"]) => ({
      checked,
      broken: { seq: checkpoint.seq, reason },
    });
    if (!publicKeys.has(checkpoint.publicKeyMultibase)) return fail("unknown_key");
    const isSigned = await verifyBytes(
      checkpoint.publicKeyMultibase,
      checkpointPayload(checkpoint),
      checkpoint.signature,
    ).catch(() => false);
    if (!isSigned) return fail("bad_signature");
    if (head.seq < checkpoint.seq) return fail("truncated");
    const [event] = checkpoint.seq === 0 ? [] : await readEventsAfter(ctx.db, checkpoint.seq - 1, 1);
    const hash = checkpoint.seq === 0 ? GENESIS_HASH : event?.seq === checkpoint.seq ? event.hash : null;
    if (hash !== checkpoint.hash) return fail("rewritten");
    checked++;
  }
  return { checked, broken: null };
}
