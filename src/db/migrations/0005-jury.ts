import { type Kysely, sql } from "kysely";
import { addIdColumn, type DialectName } from "../dialect.ts";

/**
 * The paritaire jury: each branch's jury rules, sessions with their members, attendance and agenda,
 * votes, decisions (corrections refer to the decision they replace), appeals; and the notification
 * outbox whose messages are written in the transaction of the fact they announce.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;

  // A branch without a row follows the defaults (see jury/rules.ts).
  await schema
    .createTable("jury_rules")
    .addColumn("branch_id", "integer", (c) => c.primaryKey().references("branches.id"))
    .addColumn("even_year_presiding_college", "text", (c) => c.notNull())
    .addColumn("requires_parity", "integer", (c) => c.notNull())
    .addColumn("majority_base", "text", (c) => c.notNull())
    .addColumn("no_majority_outcome", "text", (c) => c.notNull())
    .addColumn("appeal_delay_months", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, schema.createTable("jury_sessions"))
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id"))
    .addColumn("sitting_on", "text", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("video_link", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .execute();
  await schema
    .createIndex("jury_sessions_branch_idx")
    .on("jury_sessions")
    .columns(["branch_id", "sitting_on"])
    .execute();

  await schema
    .createTable("jury_members")
    .addColumn("session_id", "integer", (c) => c.notNull().references("jury_sessions.id"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("college", "text", (c) => c.notNull())
    .addColumn("organisation", "text", (c) => c.notNull())
    .addColumn("seat", "text", (c) => c.notNull())
    .addColumn("presence", "text")
    .addColumn("proxy_user_id", "integer", (c) => c.references("users.id"))
    .addPrimaryKeyConstraint("jury_members_pk", ["session_id", "user_id"])
    .execute();
  await schema.createIndex("jury_members_user_idx").on("jury_members").column("user_id").execute();

  // status: open (on the agenda, deliberation not closed), closed (decided), released (session cancelled).
  await addIdColumn(dialect, schema.createTable("jury_agenda_items"))
    .addColumn("session_id", "integer", (c) => c.notNull().references("jury_sessions.id"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("added_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addUniqueConstraint("jury_agenda_items_session_pathway_uq", ["session_id", "pathway_id"])
    .execute();
  // One open session at a time per pathway, enforced by the database itself (partial index, both dialects).
  await schema
    .createIndex("jury_agenda_items_one_open_uq")
    .on("jury_agenda_items")
    .column("pathway_id")
    .unique()
    .where(sql.ref("status"), "=", "open")
    .execute();

  await addIdColumn(dialect, schema.createTable("jury_votes"))
    .addColumn("session_id", "integer", (c) => c.notNull().references("jury_sessions.id"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id"))
    .addColumn("member_user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("cast_by_user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("college", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("block_codes_json", "text", (c) => c.notNull())
    .addColumn("motivation", "text")
    .addColumn("cast_at", "text", (c) => c.notNull())
    .addUniqueConstraint("jury_votes_one_per_member_uq", ["session_id", "pathway_id", "member_user_id"])
    .execute();

  await addIdColumn(dialect, schema.createTable("jury_decisions"))
    .addColumn("session_id", "integer", (c) => c.notNull().references("jury_sessions.id"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id"))
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("block_codes_json", "text", (c) => c.notNull())
    .addColumn("motivation", "text", (c) => c.notNull())
    .addColumn("is_by_default_rule", "integer", (c) => c.notNull())
    .addColumn("decided_on", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addColumn("decided_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("corrects_decision_id", "integer", (c) => c.references("jury_decisions.id"))
    .addColumn("appeal_id", "integer")
    .execute();
  await schema.createIndex("jury_decisions_pathway_idx").on("jury_decisions").column("pathway_id").execute();
  await schema.createIndex("jury_decisions_session_idx").on("jury_decisions").column("session_id").execute();
  // A decision is corrected once; the correction is itself the decision in force.
  await schema
    .createIndex("jury_decisions_corrects_uq")
    .on("jury_decisions")
    .column("corrects_decision_id")
    .unique()
    .execute();

  await addIdColumn(dialect, schema.createTable("jury_appeals"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id"))
    .addColumn("decision_id", "integer", (c) => c.notNull().references("jury_decisions.id"))
    .addColumn("grounds", "text", (c) => c.notNull())
    .addColumn("lodged_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("lodged_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("answer", "text")
    .addColumn("answered_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("answered_at", "text")
    .addColumn("new_decision_id", "integer", (c) => c.references("jury_decisions.id"))
    .execute();
  await schema.createIndex("jury_appeals_pathway_idx").on("jury_appeals").column("pathway_id").execute();
  // One appeal per decision.
  await schema
    .createIndex("jury_appeals_decision_uq")
    .on("jury_appeals")
    .column("decision_id")
    .unique()
    .execute();

  await addIdColumn(dialect, schema.createTable("outbox_messages"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("attachments_json", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text")
    .addColumn("claimed_at", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await schema
    .createIndex("outbox_messages_due_idx")
    .on("outbox_messages")
    .columns(["status", "next_attempt_at"])
    .execute();
}
