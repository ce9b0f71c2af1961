import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { readEventsAfter, readHead } from "./repository.ts";
import { type ChainBreak, type ChainedEvent, findBreak, GENESIS_HASH } from "./rules.ts";

export interface AuditVerification {
  isIntact: boolean;
  /** Events found intact, up to the break when there is one. */
  checked: number;
  firstBrokenSeq: number | null;
  reason: ChainBreak["reason"] | null;
  /** The event at the break as it is stored now (none when it was deleted). */
  brokenEvent: Pick<ChainedEvent, "seq" | "occurredAt" | "action" | "entityType" | "entityId"> | null;
}

/**
 * Walks the whole audit chain from the first event and checks every link, then checks that the chain
 * ends where the head says it does (so deleting the newest rows is detected too).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: { batchSize?: number; onProgress?: (checked: number, total: number) => void } = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 2000;
  const head = await readHead(db);
  let last = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const events = await readEventsAfter(db, last.seq, batchSize);
    if (events.length === 0) break;
    const result = findBreak(events, last);
    checked += events.filter((event) => event.seq <= result.last.seq).length;
    if (result.break) {
      const seq = result.break.seq;
      const found = events.find((event) => event.seq === seq);
      const brokenEvent = found
        ? (({ occurredAt, action, entityType, entityId }) => ({
            seq,
            occurredAt,
            action,
            entityType,
            entityId,
          }))(found)
        : null;
      return { isIntact: false, checked, firstBrokenSeq: seq, reason: result.break.reason, brokenEvent };
    }
    last = result.last;
    options.onProgress?.(checked, head.seq);
  }
  if (last.seq !== head.seq || last.hash !== head.hash) {
    return { isIntact: false, checked, firstBrokenSeq: last.seq + 1, reason: "truncated", brokenEvent: null };
  }
  return { isIntact: true, checked, firstBrokenSeq: null, reason: null, brokenEvent: null };
}
