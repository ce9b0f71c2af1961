import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";

/** A signed statement that the audit chain had this head at this time. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  /** The issuer's public key (multibase) that signed it. */
  publicKeyMultibase: string;
  signature: string;
}

/** What a checkpoint's signature covers. */
export const checkpointPayload = (c: Pick<AuditCheckpoint, "seq" | "hash" | "at">) =>
  Buffer.from(JSON.stringify(["cqpi-audit-checkpoint/1", c.seq, c.hash, c.at]));

/** Checkpoints are appended, one JSON line each, to a file outside the database. */
export async function appendCheckpoint(file: string, checkpoint: AuditCheckpoint) {
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

export async function readCheckpoints(file: string): Promise<AuditCheckpoint[]> {
  try {
    const text = await readFile(file, "utf8");
    return text
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as AuditCheckpoint);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
