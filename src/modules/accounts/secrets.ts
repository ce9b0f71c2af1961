import { createHash, randomBytes } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

/** `Algorithm.Argon2id` (a const enum, which this build setup cannot import as a value). */
const ARGON2ID = 2 as Algorithm;

/** A random bearer secret (session cookie or API token); only its SHA-256 is stored. */
export function generateSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown email) a dummy hash is verified anyway so that the
 * response time does not reveal whether the email exists.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash) return verify(storedHash, password).catch(() => false);
  dummyHash ??= hashPassword("not-a-real-password");
  await verify(await dummyHash, password).catch(() => false);
  return false;
}
