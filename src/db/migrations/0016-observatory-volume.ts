import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * The observatory and the secretariats' lists at a million awards: counts kept up to date in the
 * transaction of each award (per branch × CQPI × year, per capacity, per registration-to-award days, per
 * declaration deadline of the full awards not yet declared) and of each pathway move (per branch × CQPI ×
 * status), filled here from the rows already there; indexes for the lists read page by page.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const schema = db.schema;
  const counted = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(0);
  await schema
    .createTable("award_tallies")
    .addColumn("branch_code", "text", (c) => c.notNull())
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("award_year", "integer", (c) => c.notNull())
    .addColumn("awards", "integer", counted)
    .addColumn("full", "integer", counted)
    .addColumn("partial", "integer", counted)
    .addColumn("over_45", "integer", counted)
    .addColumn("first_certification", "integer", counted)
    .addColumn("direct", "integer", counted)
    // Full awards declared to the Caisse des Dépôts, and awards declared within three months.
    .addColumn("declared_full", "integer", counted)
    .addColumn("declared_in_time", "integer", counted)
    .addPrimaryKeyConstraint("award_tallies_pk", ["branch_code", "qualification_code", "award_year"])
    .execute();
  await schema
    .createTable("award_capacity_tallies")
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("capacity_code", "text", (c) => c.notNull())
    .addColumn("branch_code", "text", (c) => c.notNull())
    .addColumn("award_year", "integer", (c) => c.notNull())
    .addColumn("awards", "integer", (c) => c.notNull())
    .addColumn("needed_training", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("award_capacity_tallies_pk", [
      "qualification_code",
      "capacity_code",
      "branch_code",
      "award_year",
    ])
    .execute();
  await schema
    .createTable("award_day_tallies")
    .addColumn("registration_to_award_days", "integer", (c) => c.primaryKey())
    .addColumn("awards", "integer", (c) => c.notNull())
    .execute();
  await schema
    .createTable("award_due_tallies")
    .addColumn("declaration_due_on", "text", (c) => c.primaryKey())
    .addColumn("undeclared_full", "integer", (c) => c.notNull())
    .execute();
  await schema
    .createTable("pathway_status_tallies")
    .addColumn("branch_id", "integer", (c) => c.notNull())
    .addColumn("qualification_id", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("pathways", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("pathway_status_tallies_pk", ["branch_id", "qualification_id", "status"])
    .execute();

  await sql`INSERT INTO award_tallies (branch_code, qualification_code, award_year, awards, "full", partial,
      over_45, first_certification, direct, declared_full, declared_in_time)
    SELECT branch_code, qualification_code, award_year, count(*),
      sum(case when kind = 'full' then 1 else 0 end), sum(case when kind = 'partial' then 1 else 0 end),
      sum(is_over_45), sum(is_first_certification), sum(case when route = 'direct' then 1 else 0 end),
      sum(case when kind = 'full' and declared_on is not null then 1 else 0 end),
      sum(case when declared_on is not null and declared_on <= declaration_due_on then 1 else 0 end)
    FROM award_facts GROUP BY branch_code, qualification_code, award_year`.execute(db);
  await sql`INSERT INTO award_capacity_tallies (qualification_code, capacity_code, branch_code, award_year,
      awards, needed_training)
    SELECT a.qualification_code, a.capacity_code, f.branch_code, f.award_year, count(*), sum(a.needed_training)
    FROM award_capacity_facts a JOIN award_facts f ON f.certificate_id = a.certificate_id
    GROUP BY a.qualification_code, a.capacity_code, f.branch_code, f.award_year`.execute(db);
  await sql`INSERT INTO award_day_tallies (registration_to_award_days, awards)
    SELECT registration_to_award_days, count(*) FROM award_facts
    GROUP BY registration_to_award_days`.execute(db);
  await sql`INSERT INTO award_due_tallies (declaration_due_on, undeclared_full)
    SELECT declaration_due_on, count(*) FROM award_facts WHERE kind = 'full' AND declared_on IS NULL
    GROUP BY declaration_due_on`.execute(db);
  await sql`INSERT INTO pathway_status_tallies (branch_id, qualification_id, status, pathways)
    SELECT branch_id, qualification_id, status, count(*) FROM pathways
    GROUP BY branch_id, qualification_id, status`.execute(db);

  // A branch's pathways newest first; certificates latest award first, overall and per branch.
  await schema.createIndex("pathways_branch_id_idx").on("pathways").columns(["branch_id", "id"]).execute();
  await schema
    .createIndex("pathways_branch_status_id_idx")
    .on("pathways")
    .columns(["branch_id", "status", "id"])
    .execute();
  await schema.dropIndex("pathways_branch_status_idx").execute();
  await schema
    .createIndex("certificates_awarded_idx")
    .on("certificates")
    .columns(["awarded_on", "id"])
    .execute();
  await schema
    .createIndex("certificates_branch_awarded_idx")
    .on("certificates")
    .columns(["branch_code", "awarded_on", "id"])
    .execute();
}
