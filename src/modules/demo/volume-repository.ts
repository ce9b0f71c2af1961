import { CompiledQuery, type Kysely, sql } from "kysely";
import type { DialectName } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";

/**
 * The bulk SQL of a synthetic history: the catalogue it is drawn from, the next free ids, and inserts of
 * many rows per statement — on SQLite multi-row VALUES with statements prepared once per shape, on
 * PostgreSQL one array per column turned into rows by `unnest` — inside the caller's transaction.
 */

type Column = readonly [name: string, pgType: "int4" | "text" | "float8"];
export interface BulkTable {
  name: keyof Database;
  columns: readonly Column[];
}
export type BulkRow = (string | number | null)[];

const quote = (name: string) => `"${name}"`;
const SQLITE_PARAMETERS = 30_000;
const PG_ROWS = 20_000;

export async function insertRows(
  trx: Kysely<Database>,
  dialect: DialectName,
  table: BulkTable,
  rows: readonly BulkRow[],
): Promise<void> {
  const columns = table.columns.map(([name]) => quote(name)).join(", ");
  const head = `INSERT INTO ${quote(table.name)} (${columns})`;
  if (dialect === "postgres") {
    const arrays = table.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    const text = `${head} SELECT * FROM unnest(${arrays})`;
    for (let start = 0; start < rows.length; start += PG_ROWS) {
      const chunk = rows.slice(start, start + PG_ROWS);
      const parameters = table.columns.map((_, i) => chunk.map((row) => row[i]));
      await trx.executeQuery(CompiledQuery.raw(text, parameters));
    }
    return;
  }
  const width = table.columns.length;
  const perStatement = Math.max(1, Math.min(500, Math.floor(SQLITE_PARAMETERS / width)));
  const tuple = `(${Array.from({ length: width }, () => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const text = `${head} VALUES ${Array.from({ length: chunk.length }, () => tuple).join(", ")}`;
    await trx.executeQuery(CompiledQuery.raw(text, chunk.flat()));
  }
}

/** The next id of each table (ids are given by the generator, so that rows can name one another). */
export async function nextIds<T extends keyof Database>(db: Kysely<Database>, tables: readonly T[]) {
  const entries = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await sql<{
        id: number | string | null;
      }>`SELECT max(id) AS id FROM ${sql.table(table)}`.execute(db);
      return [table, Number(rows[0]?.id ?? 0) + 1] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<T, number>;
}

/** On PostgreSQL, moves each table's id sequence past the ids the generator gave. */
export async function advanceIdSequences(
  db: Kysely<Database>,
  dialect: DialectName,
  tables: readonly string[],
) {
  if (dialect !== "postgres") return;
  for (const table of tables)
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.table(table)}))`.execute(
      db,
    );
}

/** Records the RNCP code of each CQPI named (by id). */
export async function setRncpCodes(db: Kysely<Database>, codes: ReadonlyMap<number, string>, at: string) {
  for (const [id, rncpCode] of codes)
    await db
      .updateTable("qualifications")
      .set({ rncp_code: rncpCode, updated_at: at })
      .where("id", "=", id)
      .execute();
}

/** The catalogue a history is drawn from: branches, CQPIs with their published referential, who awards what. */
export async function readVolumeCatalogue(db: Kysely<Database>) {
  const [branches, qualifications, operations, adoptions, evaluators, sirets, numbers] = await Promise.all([
    db.selectFrom("branches").select(["id", "code", "name", "charter_adhesion_date"]).orderBy("id").execute(),
    db
      .selectFrom("qualifications as q")
      .innerJoin("referential_versions as v", "v.qualification_id", "q.id")
      .where("v.status", "=", "published")
      .select(["q.id", "q.code", "q.title", "q.rncp_code", "q.created_on"])
      .select(["v.id as version_id", "v.version"])
      .orderBy("q.id")
      .execute(),
    db
      .selectFrom("branch_qualifications")
      .select(["branch_id", "qualification_id", "operated_since"])
      .execute(),
    db.selectFrom("adoptions").select(["id", "branch_id", "version_id"]).orderBy("id").execute(),
    db.selectFrom("users").where("role", "=", "evaluator").select("id").orderBy("id").execute(),
    db.selectFrom("companies").where("siret", "is not", null).select("siret").execute(),
    db.selectFrom("certificates").select("number").execute(),
  ]);
  const fluxIds = await db.selectFrom("cdc_declaration_files").select("flux_id").execute();
  const versionIds = qualifications.map((q) => q.version_id);
  const capacities =
    versionIds.length === 0
      ? []
      : await db
          .selectFrom("referential_blocks as b")
          .innerJoin("referential_capacities as c", "c.block_id", "b.id")
          .innerJoin("referential_criteria as k", "k.capacity_id", "c.id")
          .where("b.version_id", "in", versionIds)
          .select([
            "b.version_id",
            "b.code as block_code",
            "c.id as capacity_id",
            "c.code as capacity_code",
            "k.id as criterion_id",
          ])
          .orderBy("b.version_id")
          .orderBy("b.position")
          .orderBy("c.position")
          .orderBy("k.position")
          .execute();
  return {
    branches,
    qualifications,
    operations,
    adoptions,
    evaluatorIds: evaluators.map((e) => e.id),
    sirets: new Set(sirets.map((s) => s.siret!)),
    certificateNumbers: new Set(numbers.map((n) => n.number)),
    fluxIds: new Set(fluxIds.map((f) => f.flux_id)),
    capacities,
  };
}
export type VolumeCatalogueRows = Awaited<ReturnType<typeof readVolumeCatalogue>>;
