import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * Expired sessions are purged by their expiry; the exports of published referential versions are
 * kept once generated (a published version never changes), with the strong ETag they are served with.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();
  await db.schema
    .createTable("referential_exports")
    .addColumn("version_id", "integer", (c) =>
      c.notNull().references("referential_versions.id").onDelete("cascade"),
    )
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("content", dialect === "postgres" ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("source_key", "text", (c) => c.notNull())
    .addColumn("etag", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("referential_exports_pk", ["version_id", "format"])
    .execute();
}
