import { type Kysely, sql } from "kysely";
import { addIdColumn, type DialectName } from "../dialect.ts";

/**
 * Interbranch governance: the bodies (national committee, COC, each branch's CPNE) with their members,
 * the decisions register with votes per college and attached document versions, the document
 * libraries per body and per CQPI (files outside the database), charter adhesion requests, the
 * branches' own certifications (CQP with blocs, RNCP/RS codes) and the correspondences between items.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;

  await addIdColumn(dialect, schema.createTable("bodies"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    // One CPNE per branch; the national bodies have no branch (NULLs do not collide).
    .addColumn("branch_id", "integer", (c) => c.references("branches.id").unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, schema.createTable("body_members"))
    .addColumn("body_id", "integer", (c) => c.notNull().references("bodies.id"))
    .addColumn("full_name", "text", (c) => c.notNull())
    .addColumn("college", "text", (c) => c.notNull())
    .addColumn("organisation", "text", (c) => c.notNull())
    .addColumn("mandate_start", "text", (c) => c.notNull())
    .addColumn("mandate_end", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await schema.createIndex("body_members_body_idx").on("body_members").column("body_id").execute();

  await addIdColumn(dialect, schema.createTable("charter_adhesions"))
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("requested_on", "text", (c) => c.notNull())
    .addColumn("motivation", "text", (c) => c.notNull())
    .addColumn("employer_opinion", "text")
    .addColumn("employee_opinion", "text")
    .addColumn("opinion_on", "text")
    .addColumn("decision_id", "integer")
    .addColumn("decided_on", "text")
    .addColumn("requested_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // One request in progress per branch: two filed at once cannot both be written.
  await schema
    .createIndex("charter_adhesions_one_open_uq")
    .on("charter_adhesions")
    .column("branch_id")
    .unique()
    .where(sql.ref("status"), "in", sql`('requested', 'opinion_recorded')`)
    .execute();

  await addIdColumn(dialect, schema.createTable("body_decisions"))
    .addColumn("body_id", "integer", (c) => c.notNull().references("bodies.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("decided_on", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("qualification_id", "integer", (c) => c.references("qualifications.id"))
    .addColumn("referential_version", "integer")
    // One decision per adhesion request.
    .addColumn("adhesion_request_id", "integer", (c) => c.references("charter_adhesions.id").unique())
    .addColumn("employer_for", "integer", (c) => c.notNull())
    .addColumn("employer_against", "integer", (c) => c.notNull())
    .addColumn("employer_abstain", "integer", (c) => c.notNull())
    .addColumn("employee_for", "integer", (c) => c.notNull())
    .addColumn("employee_against", "integer", (c) => c.notNull())
    .addColumn("employee_abstain", "integer", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("recorded_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("body_decisions_body_idx")
    .on("body_decisions")
    .columns(["body_id", "decided_on"])
    .execute();

  await addIdColumn(dialect, schema.createTable("documents"))
    .addColumn("body_id", "integer", (c) => c.references("bodies.id"))
    .addColumn("qualification_id", "integer", (c) => c.references("qualifications.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("documents_one_library", sql`(body_id IS NULL) <> (qualification_id IS NULL)`)
    .execute();

  await addIdColumn(dialect, schema.createTable("document_versions"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull().unique())
    .addColumn("uploaded_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    // Two versions uploaded at once cannot take the same number.
    .addUniqueConstraint("document_versions_number_uq", ["document_id", "version"])
    .execute();

  await schema
    .createTable("decision_documents")
    .addColumn("decision_id", "integer", (c) => c.notNull().references("body_decisions.id"))
    .addColumn("document_version_id", "integer", (c) => c.notNull().references("document_versions.id"))
    .addPrimaryKeyConstraint("decision_documents_pk", ["decision_id", "document_version_id"])
    .execute();

  await addIdColumn(dialect, schema.createTable("external_certifications"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("branch_id", "integer", (c) => c.references("branches.id"))
    .addColumn("rncp_code", "text")
    .addColumn("rs_code", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await addIdColumn(dialect, schema.createTable("external_certification_blocks"))
    .addColumn("certification_id", "integer", (c) => c.notNull().references("external_certifications.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addUniqueConstraint("external_certification_blocks_code_uq", ["certification_id", "code"])
    .execute();

  // An end is a CQPI's published version's item (version set) or an external certification's bloc (version
  // NULL, stored as 0 so that the unique index compares it). Each pair is stored once, its ends in the
  // order of their keys, so that A–B and B–A collide.
  await addIdColumn(dialect, schema.createTable("correspondences"))
    .addColumn("from_code", "text", (c) => c.notNull())
    .addColumn("from_version", "integer", (c) => c.notNull())
    .addColumn("from_item", "text", (c) => c.notNull())
    .addColumn("to_code", "text", (c) => c.notNull())
    .addColumn("to_version", "integer", (c) => c.notNull())
    .addColumn("to_item", "text", (c) => c.notNull())
    .addColumn("pair_key", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("decision_id", "integer", (c) => c.notNull().references("body_decisions.id"))
    .addColumn("recorded_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // The two national bodies of the charter exist on every installation; CPNEs are added per branch.
  const at = new Date().toISOString();
  await sql`INSERT INTO bodies (code, kind, name, branch_id, created_at) VALUES
    ('COMITE-CQPI', 'national_committee', 'Comité CQPI', NULL, ${at}),
    ('COC', 'coc', 'Comité Observatoires et Certifications', NULL, ${at})`.execute(db);
}
