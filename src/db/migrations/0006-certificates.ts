import type { Kysely } from "kysely";
import { addIdColumn, type DialectName } from "../dialect.ts";

/**
 * Certificates: the issuer's public keys (the private keys live in a key file outside the database), the
 * revocation status lists, and one certificate per jury award with its signed credential.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;

  // Public halves only; a rotated-out key keeps its row (retired_at set) so that what it signed verifies.
  // `is_current` is 1 for the signing key and NULL for the others: its unique constraint allows one.
  await addIdColumn(dialect, schema.createTable("issuer_keys"))
    .addColumn("public_key_multibase", "text", (c) => c.notNull().unique())
    .addColumn("is_current", "integer", (c) => c.unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .execute();

  // The signed status list credential is stored whole and re-signed on each revocation; `revision` is
  // bumped first so that concurrent revocations queue on its row.
  await addIdColumn(dialect, schema.createTable("status_lists"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("length", "integer", (c) => c.notNull())
    .addColumn("credential_json", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, schema.createTable("certificates"))
    .addColumn("number", "text", (c) => c.notNull().unique())
    // One certificate per jury award: issuing the same award twice hits this constraint.
    .addColumn("jury_decision_id", "integer", (c) => c.notNull().unique())
    .addColumn("jury_session_id", "integer", (c) => c.notNull())
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id"))
    .addColumn("holder_given_names", "text", (c) => c.notNull())
    .addColumn("holder_family_name", "text", (c) => c.notNull())
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("qualification_title", "text", (c) => c.notNull())
    .addColumn("referential_version", "integer", (c) => c.notNull())
    .addColumn("branch_code", "text", (c) => c.notNull())
    .addColumn("branch_name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("block_codes_json", "text", (c) => c.notNull())
    .addColumn("awarded_on", "text", (c) => c.notNull())
    .addColumn("award_year", "integer", (c) => c.notNull())
    .addColumn("credential_json", "text", (c) => c.notNull())
    .addColumn("status_list_id", "integer", (c) => c.notNull().references("status_lists.id"))
    .addColumn("status_list_index", "integer", (c) => c.notNull())
    .addColumn("qr_token", "text", (c) => c.notNull().unique())
    .addColumn("issued_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("revocation_reason", "text")
    .addUniqueConstraint("certificates_status_entry_unique", ["status_list_id", "status_list_index"])
    .execute();
  await schema.createIndex("certificates_pathway_idx").on("certificates").column("pathway_id").execute();
  await schema
    .createIndex("certificates_branch_year_idx")
    .on("certificates")
    .columns(["branch_code", "award_year"])
    .execute();
}
