import type { Kysely } from "kysely";
import { addIdColumn, type DialectName } from "../dialect.ts";

/**
 * One-time links that let a person set their password: an invitation for a new account, or a reset
 * of a forgotten password. Only the SHA-256 of the link's secret is stored; a link is used once
 * (`used_at`) and expires.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await addIdColumn(dialect, db.schema.createTable("account_links"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("account_links_user_idx").on("account_links").columns(["user_id"]).execute();
}
