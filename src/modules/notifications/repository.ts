import type { Kysely } from "kysely";
import type { Database, NewOutboxMessageRow } from "../../db/schema.ts";
import { paginate } from "../../server/pagination.ts";
import type { OutboxStatus } from "./schemas.ts";

/** SQL for the notification outbox. */

export async function insertMessages(db: Kysely<Database>, rows: NewOutboxMessageRow[]) {
  if (rows.length) await db.insertInto("outbox_messages").values(rows).execute();
}

/** Messages due for a (new) attempt, oldest first. */
export function listDueMessages(db: Kysely<Database>, nowIso: string, limit: number) {
  return db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", nowIso)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/**
 * Claims a message for one sender: the update succeeds for one caller only, so that two instances
 * polling at the same moment never both send it.
 */
export async function claimMessage(db: Kysely<Database>, id: number, attempts: number, nowIso: string) {
  const result = await db
    .updateTable("outbox_messages")
    .set({ status: "sending", claimed_at: nowIso, attempts: attempts + 1 })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .where("attempts", "=", attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function settleMessage(
  db: Kysely<Database>,
  id: number,
  changes: Pick<Database["outbox_messages"], "status" | "next_attempt_at" | "last_error" | "sent_at">,
) {
  await db
    .updateTable("outbox_messages")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", "sending")
    .execute();
}

export function listMessages(
  db: Kysely<Database>,
  filter: { status?: OutboxStatus | undefined; q?: string | undefined; limit: number; offset: number },
) {
  let query = db.selectFrom("outbox_messages").selectAll();
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.q) query = query.where("recipient", "=", filter.q.toLowerCase());
  return paginate(query, filter, (q) => q.orderBy("id", "desc"));
}
