import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * Issuance when a jury session closes: the sessions whose certificates are not all issued yet, retried
 * with a growing delay; and status lists that follow one another, the next opened when one is full (its
 * unique `follows_id` lets only one of two racing issuances open it).
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable("status_lists").addColumn("follows_id", "integer").execute();
  await db.schema
    .createIndex("status_lists_follows_unique")
    .on("status_lists")
    .column("follows_id")
    .unique()
    .execute();

  await db.schema
    .createTable("certificate_issuance_retries")
    .addColumn("jury_session_id", "integer", (c) => c.primaryKey())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("certificate_issuance_retries_due_idx")
    .on("certificate_issuance_retries")
    .column("next_attempt_at")
    .execute();
}
