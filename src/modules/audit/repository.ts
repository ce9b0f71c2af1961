import { type Kysely, sql } from "kysely";
import type { AuditEventRow, Database } from "../../db/schema.ts";
import { paginate } from "../../server/pagination.ts";
import type { ChainedEvent } from "./rules.ts";

/** SQL for the audit chain. */

/** Reserves the next sequence number; the row lock on PostgreSQL serialises concurrent writers. */
export async function advanceHead(db: Kysely<Database>): Promise<{ seq: number; prevHash: string }> {
  const head = await db
    .updateTable("audit_head")
    .set({ seq: sql`seq + 1` })
    .where("id", "=", 1)
    .returning(["seq", "hash"])
    .executeTakeFirstOrThrow();
  return { seq: head.seq, prevHash: head.hash };
}

export async function appendEvent(db: Kysely<Database>, event: ChainedEvent) {
  await db
    .insertInto("audit_events")
    .values({
      seq: event.seq,
      occurred_at: event.occurredAt,
      actor_user_id: event.actorUserId,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      before_json: event.beforeJson,
      after_json: event.afterJson,
      prev_hash: event.prevHash,
      hash: event.hash,
    })
    .execute();
  await db.updateTable("audit_head").set({ hash: event.hash }).where("id", "=", 1).execute();
}

export function readHead(db: Kysely<Database>) {
  return db.selectFrom("audit_head").select(["seq", "hash"]).where("id", "=", 1).executeTakeFirstOrThrow();
}

export async function readEventsAfter(
  db: Kysely<Database>,
  afterSeq: number,
  limit: number,
): Promise<ChainedEvent[]> {
  const rows = await db
    .selectFrom("audit_events")
    .selectAll()
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit)
    .execute();
  return rows.map(toChainedEvent);
}

export interface AuditFilter {
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export function listEvents(db: Kysely<Database>, filter: AuditFilter) {
  let query = db
    .selectFrom("audit_events")
    .leftJoin("users", "users.id", "audit_events.actor_user_id")
    .select([
      "audit_events.seq",
      "audit_events.occurred_at",
      "audit_events.actor_user_id",
      "users.email as actor_email",
      "audit_events.action",
      "audit_events.entity_type",
      "audit_events.entity_id",
      "audit_events.before_json",
      "audit_events.after_json",
    ]);
  if (filter.action) query = query.where("audit_events.action", "=", filter.action);
  if (filter.entityType) query = query.where("audit_events.entity_type", "=", filter.entityType);
  if (filter.entityId) query = query.where("audit_events.entity_id", "=", filter.entityId);
  if (filter.actorUserId) query = query.where("audit_events.actor_user_id", "=", filter.actorUserId);
  if (filter.from) query = query.where("audit_events.occurred_at", ">=", filter.from);
  if (filter.to) query = query.where("audit_events.occurred_at", "<", filter.to);
  return paginate(query, filter, (q) => q.orderBy("audit_events.seq", "desc"));
}

function toChainedEvent(row: AuditEventRow): ChainedEvent {
  return {
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
