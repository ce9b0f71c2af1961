import { createHash } from "node:crypto";

/** Pure rules of the audit chain: canonical encoding, hashing, and checking a run of events. */

export const GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted at every depth, so equal values always encode to the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The fields of an event that its hash covers, as stored. */
export interface ChainedEvent {
  seq: number;
  occurredAt: string;
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
}

export function computeEventHash(event: Omit<ChainedEvent, "hash">): string {
  const encoded = JSON.stringify([
    event.prevHash,
    event.seq,
    event.occurredAt,
    event.actorUserId,
    event.action,
    event.entityType,
    event.entityId,
    event.beforeJson,
    event.afterJson,
  ]);
  return createHash("sha256").update(encoded).digest("hex");
}

export type ChainBreak =
  | { reason: "missing"; seq: number }
  | { reason: "altered"; seq: number }
  | { reason: "relinked"; seq: number }
  | { reason: "truncated"; seq: number };

/**
 * Checks events in sequence order, continuing from the previous event (`expected`). Returns the first
 * break: a gap in sequence numbers (a row deleted), a hash that does not match the row (a row altered),
 * or a previous-hash that does not match its predecessor (rows replaced).
 */
export function findBreak(
  events: ChainedEvent[],
  expected: { seq: number; hash: string },
): { break: ChainBreak | null; last: { seq: number; hash: string } } {
  let last = expected;
  for (const event of events) {
    if (event.seq !== last.seq + 1) return { break: { reason: "missing", seq: last.seq + 1 }, last };
    if (event.prevHash !== last.hash) return { break: { reason: "relinked", seq: event.seq }, last };
    if (computeEventHash(event) !== event.hash) return { break: { reason: "altered", seq: event.seq }, last };
    last = { seq: event.seq, hash: event.hash };
  }
  return { break: null, last };
}
