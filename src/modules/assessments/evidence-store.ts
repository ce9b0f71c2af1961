import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { SIGNATURE_BYTES } from "./evidence-types.ts";

/**
 * Evidence files live outside the database, in `<dataDir>/evidence/<2 chars>/<random key>`: the
 * database keeps their name, type, size and SHA-256. An upload is first written under a temporary
 * name in the evidence folder itself (same file system, so the final rename is atomic) and only renamed
 * to its key once it is accepted and its row is written; a refused upload leaves nothing behind.
 */

/** Upper limit of one evidence file. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export const evidenceDir = (dataDir: string) => path.join(dataDir, "evidence");

export function evidencePath(dataDir: string, storageKey: string) {
  return path.join(evidenceDir(dataDir), storageKey.slice(0, 2), storageKey);
}

export const newStorageKey = () => randomBytes(16).toString("hex");

/** A file received under a temporary name, with what the checks need. */
export interface ReceivedFile {
  tempPath: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, to recognise the kind of file. */
  head: Buffer;
  /** The sender went over the size limit; the file was cut and must be refused. */
  isTruncated: boolean;
}

/** Writes a stream to a temporary file in the evidence folder, hashing and measuring it on the way. */
export async function receiveFile(
  dataDir: string,
  source: NodeJS.ReadableStream & { truncated?: boolean },
  fileName: string,
): Promise<ReceivedFile> {
  await fs.promises.mkdir(evidenceDir(dataDir), { recursive: true });
  const tempPath = path.join(evidenceDir(dataDir), `${TEMPORARY_PREFIX}${newStorageKey()}`);
  const hash = createHash("sha256");
  let sizeBytes = 0;
  let head = Buffer.alloc(0);
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      if (head.length < SIGNATURE_BYTES) head = Buffer.concat([head, chunk]).subarray(0, SIGNATURE_BYTES);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, measure, fs.createWriteStream(tempPath, { flags: "wx" }));
  } catch (error) {
    await discardFile(tempPath);
    throw error;
  }
  return {
    tempPath,
    fileName,
    sizeBytes,
    sha256: hash.digest("hex"),
    head,
    isTruncated: source.truncated === true,
  };
}

const TEMPORARY_PREFIX = ".upload-";

/** An upload this old is not in progress any more: a process that died while receiving it left it. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

/**
 * Removes the temporary files that uploads interrupted by a crash left in the evidence folder. Run
 * when the server starts; files younger than an hour are kept, as another instance sharing the folder
 * may be receiving them. Returns the names removed.
 */
export async function removeLeftoverUploads(dataDir: string, now: Date): Promise<string[]> {
  const entries = await fs.promises.readdir(evidenceDir(dataDir)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of entries.filter((entry) => entry.startsWith(TEMPORARY_PREFIX))) {
    const filePath = path.join(evidenceDir(dataDir), name);
    const stat = await fs.promises.stat(filePath).catch(() => null);
    if (!stat?.isFile() || now.getTime() - stat.mtimeMs < LEFTOVER_AGE_MS) continue;
    await discardFile(filePath);
    removed.push(name);
  }
  return removed;
}

/** Moves an accepted upload to its final place. */
export async function keepFile(dataDir: string, tempPath: string, storageKey: string) {
  const target = evidencePath(dataDir, storageKey);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.rename(tempPath, target);
}

/** Removes a file if it is there (a refused upload, or one whose row could not be written). */
export async function discardFile(filePath: string) {
  await fs.promises.rm(filePath, { force: true });
}

export function openEvidence(dataDir: string, storageKey: string) {
  return fs.createReadStream(evidencePath(dataDir, storageKey));
}
