import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** One private key as kept in the key file; the database holds only its public half. */
export interface StoredKey {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  createdAt: string;
}

interface KeyFileContent {
  format: "cqpi-issuer-keys/1";
  keys: StoredKey[];
}

/**
 * The issuer's private keys, in a file of their own outside the database (so that no database dump, log
 * or API answer can hold them), readable by the platform's user only. Rotated-out keys stay in it: the
 * database decides which key signs.
 */
export async function readKeyFile(file: string): Promise<StoredKey[]> {
  try {
    const content = JSON.parse(await readFile(file, "utf8")) as KeyFileContent;
    return content.keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Adds a key to the file, replacing it whole (written beside it, then renamed) so it is never half written. */
export async function addKeyToFile(file: string, key: StoredKey): Promise<void> {
  const keys = await readKeyFile(file);
  const content: KeyFileContent = { format: "cqpi-issuer-keys/1", keys: [...keys, key] };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}
