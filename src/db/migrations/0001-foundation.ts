import { type Kysely, sql } from "kysely";
import { addIdColumn, type DialectName, forbidUpdateAndDelete } from "../dialect.ts";

/** Catalogue (branches, CQPIs, who operates what), companies, accounts, sessions, tokens, audit chain. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;

  await addIdColumn(dialect, schema.createTable("branches"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("federation", "text", (c) => c.notNull())
    .addColumn("is_partner", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("charter_adhesion_date", "text")
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, schema.createTable("qualifications"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("rncp_code", "text")
    .addColumn("created_on", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await schema
    .createTable("branch_qualifications")
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id").onDelete("cascade"))
    .addColumn("qualification_id", "integer", (c) =>
      c.notNull().references("qualifications.id").onDelete("cascade"),
    )
    .addColumn("operated_since", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("branch_qualifications_pk", ["branch_id", "qualification_id"])
    .execute();
  await schema
    .createIndex("branch_qualifications_qualification_idx")
    .on("branch_qualifications")
    .column("qualification_id")
    .execute();

  await addIdColumn(dialect, schema.createTable("companies"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("siret", "text", (c) => c.unique())
    .addColumn("branch_id", "integer", (c) => c.references("branches.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, schema.createTable("users"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("company_id", "integer", (c) => c.references("companies.id"))
    .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("last_login_at", "text")
    .execute();

  await schema
    .createTable("user_branches")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("user_branches_pk", ["user_id", "branch_id"])
    .execute();

  await schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await addIdColumn(dialect, schema.createTable("api_tokens"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await schema.createIndex("api_tokens_user_idx").on("api_tokens").column("user_id").execute();

  await schema
    .createTable("login_failures")
    .addColumn("email", "text", (c) => c.primaryKey())
    .addColumn("failure_count", "integer", (c) => c.notNull())
    .addColumn("first_failure_at", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .execute();

  // The audit chain: `seq` is handed out by the single row of audit_head, whose row lock serialises
  // concurrent writers on PostgreSQL (SQLite serialises writes by itself).
  await schema
    .createTable("audit_events")
    .addColumn("seq", "integer", (c) => c.primaryKey())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "integer")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("audit_events_entity_idx")
    .on("audit_events")
    .columns(["entity_type", "entity_id"])
    .execute();
  await schema.createIndex("audit_events_actor_idx").on("audit_events").column("actor_user_id").execute();
  await forbidUpdateAndDelete(db, dialect, "audit_events");

  await schema
    .createTable("audit_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await sql`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, ${"0".repeat(64)})`.execute(db);
}
