import { type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * The median days from registration to award and the share of full awards declared within three months,
 * per branch × CQPI × award year like the other counts, so that a branch's secretariat reads them for its
 * own scope and filters: both counts are made anew from the award facts, per those keys. The national
 * awards per number of days are kept too (what 0016 kept, under a new name), so that the public key
 * figures read a few hundred rows, not one per branch × CQPI × year × days; the undeclared full awards
 * are indexed by deadline, as only those not yet due are read.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const schema = db.schema;
  await schema.dropTable("award_day_tallies").execute();
  await schema.dropTable("award_due_tallies").execute();
  await schema
    .createTable("award_day_tallies")
    .addColumn("branch_code", "text", (c) => c.notNull())
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("award_year", "integer", (c) => c.notNull())
    .addColumn("registration_to_award_days", "integer", (c) => c.notNull())
    .addColumn("awards", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("award_day_tallies_pk", [
      "branch_code",
      "qualification_code",
      "award_year",
      "registration_to_award_days",
    ])
    .execute();
  await schema
    .createTable("national_award_day_tallies")
    .addColumn("registration_to_award_days", "integer", (c) => c.primaryKey())
    .addColumn("awards", "integer", (c) => c.notNull())
    .execute();
  await schema
    .createTable("award_due_tallies")
    .addColumn("branch_code", "text", (c) => c.notNull())
    .addColumn("qualification_code", "text", (c) => c.notNull())
    .addColumn("award_year", "integer", (c) => c.notNull())
    .addColumn("declaration_due_on", "text", (c) => c.notNull())
    .addColumn("undeclared_full", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("award_due_tallies_pk", [
      "branch_code",
      "qualification_code",
      "award_year",
      "declaration_due_on",
    ])
    .execute();
  await schema
    .createIndex("award_due_tallies_due_idx")
    .on("award_due_tallies")
    .column("declaration_due_on")
    .execute();

  await sql`INSERT INTO award_day_tallies (branch_code, qualification_code, award_year,
      registration_to_award_days, awards)
    SELECT branch_code, qualification_code, award_year, registration_to_award_days, count(*) FROM award_facts
    GROUP BY branch_code, qualification_code, award_year, registration_to_award_days`.execute(db);
  await sql`INSERT INTO national_award_day_tallies (registration_to_award_days, awards)
    SELECT registration_to_award_days, count(*) FROM award_facts GROUP BY registration_to_award_days`.execute(
    db,
  );
  await sql`INSERT INTO award_due_tallies (branch_code, qualification_code, award_year, declaration_due_on,
      undeclared_full)
    SELECT branch_code, qualification_code, award_year, declaration_due_on, count(*) FROM award_facts
    WHERE kind = 'full' AND declared_on IS NULL
    GROUP BY branch_code, qualification_code, award_year, declaration_due_on`.execute(db);
}
