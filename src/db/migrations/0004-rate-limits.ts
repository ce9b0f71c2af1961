import type { Kysely } from "kysely";

/**
 * Request counters of the rate limits (logins per client address), in the database so that every
 * instance behind a load balancer counts the same hits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rate_limit_windows")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_started_at", "text", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rate_limit_windows_started_idx")
    .on("rate_limit_windows")
    .column("window_started_at")
    .execute();
}
