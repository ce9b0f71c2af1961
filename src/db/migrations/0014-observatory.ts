import type { Kysely } from "kysely";
import { backfillAwardFacts } from "../../modules/observatory/apply-award-facts.ts";
import { addIdColumn, type DialectName } from "../dialect.ts";
import type { Database } from "../schema.ts";

/**
 * The observatory: each certificate's statistics facts (age at award, route, first certification,
 * registration-to-award days, declaration deadline) and the capacities it covers, filled in for the
 * certificates issued before this migration; the Caisse des Dépôts declaration files and the certificates
 * each one declared.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;
  await schema
    .createTable("award_facts")
    .addColumn("certificate_id", "integer", (c) => c.primaryKey().references("certificates.id"))
    .addColumn("pathway_id", "integer", (c) => c.notNull())
    .addColumn("candidate_id", "integer", (c) => c.notNull())
    .addColumn("branch_code", "text", (c) => c.notNull())
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("awarded_on", "text", (c) => c.notNull())
    .addColumn("award_year", "integer", (c) => c.notNull())
    .addColumn("registered_on", "text", (c) => c.notNull())
    .addColumn("age_at_award", "integer", (c) => c.notNull())
    .addColumn("is_over_45", "integer", (c) => c.notNull())
    .addColumn("is_first_certification", "integer", (c) => c.notNull())
    .addColumn("route", "text", (c) => c.notNull())
    .addColumn("pathway_route", "text", (c) => c.notNull())
    .addColumn("registration_to_award_days", "integer", (c) => c.notNull())
    .addColumn("declaration_due_on", "text", (c) => c.notNull())
    .addColumn("declared_on", "text")
    .execute();
  await schema
    .createIndex("award_facts_branch_year_idx")
    .on("award_facts")
    .columns(["branch_code", "award_year"])
    .execute();
  await schema
    .createIndex("award_facts_qualification_year_idx")
    .on("award_facts")
    .columns(["qualification_code", "award_year"])
    .execute();
  await schema.createIndex("award_facts_candidate_idx").on("award_facts").column("candidate_id").execute();
  await schema
    .createIndex("award_facts_days_idx")
    .on("award_facts")
    .column("registration_to_award_days")
    .execute();

  await schema
    .createTable("award_capacity_facts")
    .addColumn("certificate_id", "integer", (c) => c.notNull().references("certificates.id"))
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("capacity_code", "text", (c) => c.notNull())
    .addColumn("needed_training", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("award_capacity_facts_pk", ["certificate_id", "capacity_code"])
    .execute();
  await schema
    .createIndex("award_capacity_facts_qualification_idx")
    .on("award_capacity_facts")
    .columns(["qualification_code", "capacity_code"])
    .execute();

  // A declaration file sent to the Caisse des Dépôts, and each certificate it declared.
  await addIdColumn(dialect, schema.createTable("cdc_declaration_files"))
    .addColumn("flux_id", "text", (c) => c.notNull().unique())
    .addColumn("certification_code", "text", (c) => c.notNull())
    .addColumn("period_from", "text", (c) => c.notNull())
    .addColumn("period_to", "text", (c) => c.notNull())
    .addColumn("holder_count", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by_user_id", "integer", (c) => c.references("users.id"))
    .execute();
  await schema
    .createTable("cdc_declarations")
    .addColumn("file_id", "integer", (c) => c.notNull().references("cdc_declaration_files.id"))
    .addColumn("certificate_id", "integer", (c) => c.notNull().references("certificates.id"))
    .addColumn("declared_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("cdc_declarations_pk", ["file_id", "certificate_id"])
    .execute();
  await schema
    .createIndex("cdc_declarations_certificate_idx")
    .on("cdc_declarations")
    .column("certificate_id")
    .execute();

  await backfillAwardFacts(db as unknown as Kysely<Database>);
}
