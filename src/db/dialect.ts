import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Every difference between SQLite and PostgreSQL lives here, so the rest of the code writes one query
 * for both databases.
 */
export type DialectName = "sqlite" | "postgres";

/** Adds an auto-incrementing integer primary key named `id`. */
export function addIdColumn<T extends string>(
  dialect: DialectName,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, "id"> {
  return dialect === "postgres"
    ? table.addColumn("id", "serial", (c: ColumnDefinitionBuilder) => c.primaryKey())
    : table.addColumn("id", "integer", (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
}

/**
 * Makes a table append-only at the database level: UPDATE and DELETE raise an error. Someone with
 * direct database access can still drop the guard; the audit hash chain is what detects that.
 */
export async function forbidUpdateAndDelete(db: Kysely<unknown>, dialect: DialectName, table: string) {
  if (dialect === "postgres") {
    await sql`
      CREATE OR REPLACE FUNCTION cqpi_forbid_change() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME; END;
      $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION cqpi_forbid_change()`.execute(db);
    return;
  }
  for (const operation of ["UPDATE", "DELETE"]) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${operation.toLowerCase()}`)} BEFORE ${sql.raw(operation)}
      ON ${sql.table(table)} BEGIN SELECT RAISE(ABORT, 'table is append-only'); END`.execute(db);
  }
}

/** Lifts the append-only guard; only for tests that simulate tampering by someone with database access. */
export async function allowTamperingForTests(db: Kysely<Database>, dialect: DialectName, table: string) {
  if (dialect === "postgres") {
    await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER USER`.execute(db);
    return;
  }
  for (const operation of ["update", "delete"]) {
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_no_${operation}`)}`.execute(db);
  }
}

/** True when the error is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string };
  return (
    e?.code === "23505" ||
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}
