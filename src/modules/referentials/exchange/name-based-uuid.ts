import { createHash } from "node:crypto";

/** RFC 4122 namespace for names that are URLs. */
const urlNamespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");

/**
 * The RFC 4122 name-based UUID (version 5, SHA-1) of a URL: the same URL always gives the same UUID, so a
 * re-exported referential keeps its identifiers. Lower case, variant nibble in [89ab], as CASE 1.1 requires.
 */
export function nameBasedUuid(url: string): string {
  const hash = createHash("sha1").update(urlNamespace).update(url, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString("hex", 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
