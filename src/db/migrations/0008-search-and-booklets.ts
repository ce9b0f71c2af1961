import { type Kysely, sql } from "kysely";
import { searchKey } from "../../server/search-text.ts";
import type { DialectName } from "../dialect.ts";

/**
 * Search that ignores case and accents: candidates, companies and accounts keep the folded form of
 * what users type to find them (`search_text`, written with the row), filled here for existing rows.
 * At most one open assessment per method and sitting of a pathway, held by a partial unique index.
 * The booklet (livret d'activité) is submitted by the candidate side and judged per capacity by the
 * evaluator.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  for (const table of ["candidates", "companies", "users"]) {
    await db.schema
      .alterTable(table)
      .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
      .execute();
  }
  await backfill(db);

  await db.schema
    .createIndex("assessments_one_open_per_method_uq")
    .on("assessments")
    .columns(["pathway_id", "sitting", "method"])
    .unique()
    .where(sql.ref("status"), "=", "open")
    .execute();

  await db.schema.alterTable("assessments").addColumn("submitted_at", "text").execute();
  await db.schema
    .createTable("assessment_judgements")
    .addColumn("assessment_id", "integer", (c) =>
      c.notNull().references("assessments.id").onDelete("cascade"),
    )
    .addColumn("capacity_id", "integer", (c) => c.notNull().references("referential_capacities.id"))
    .addColumn("judgement", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_judgements_pk", ["assessment_id", "capacity_id"])
    .execute();
}

interface SearchedRows {
  candidates: {
    id: number;
    birth_name: string;
    usage_name: string | null;
    first_names_json: string;
    email: string | null;
  };
  companies: { id: number; name: string; siret: string | null };
  users: { id: number; display_name: string; email: string };
}

async function backfill(untyped: Kysely<unknown>) {
  const db = untyped as unknown as Kysely<{
    [T in keyof SearchedRows]: SearchedRows[T] & { search_text: string };
  }>;
  const candidates = await db
    .selectFrom("candidates")
    .select(["id", "birth_name", "usage_name", "first_names_json", "email"])
    .execute();
  for (const row of candidates) {
    const firstNames = JSON.parse(row.first_names_json) as string[];
    const text = searchKey(row.birth_name, row.usage_name, ...firstNames, row.email);
    await db.updateTable("candidates").set({ search_text: text }).where("id", "=", row.id).execute();
  }
  const companies = await db.selectFrom("companies").select(["id", "name", "siret"]).execute();
  for (const row of companies) {
    const text = searchKey(row.name, row.siret);
    await db.updateTable("companies").set({ search_text: text }).where("id", "=", row.id).execute();
  }
  const users = await db.selectFrom("users").select(["id", "display_name", "email"]).execute();
  for (const row of users) {
    const text = searchKey(row.display_name, row.email);
    await db.updateTable("users").set({ search_text: text }).where("id", "=", row.id).execute();
  }
}
