import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { buildApp } from "../server/app.ts";
import type { AppContext } from "../server/context.ts";
import { recordResponses, undocumentedResponses } from "./observed-responses.ts";

/** A clock that tests move by hand. */
export class TestClock {
  constructor(private current = new Date("2026-03-02T09:00:00.000Z")) {}
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  /** The answers seen so far that the OpenAPI document does not list (checked again on close). */
  undocumented(): string[];
  close(): Promise<void>;
}

/**
 * A fresh, migrated database and the real HTTP app on top of it. With DATABASE_URL set, the database
 * is PostgreSQL and each test app gets a schema of its own (dropped on close); otherwise SQLite in memory.
 * Every answer the tests get is recorded, and `close` fails if one has a status or an error code that
 * the OpenAPI document does not list for its operation: the document cannot drift from what the API does.
 */
export async function createTestApp(configOverrides: Partial<AppContext["config"]> = {}): Promise<TestApp> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const schema = databaseUrl ? `test_${randomBytes(6).toString("hex")}` : undefined;
  if (databaseUrl && schema) await runAdminSql(databaseUrl, `CREATE SCHEMA ${schema}`);
  const handle = openDatabase({ databaseUrl, sqliteFile: ":memory:", pgSchema: schema, poolSize: 4 });
  await migrateToLatest(handle);
  const clock = new TestClock();
  const config = { ...loadConfig({}), ...configOverrides };
  const ctx: AppContext = { ...handle, config, clock };
  const app = await buildApp(ctx);
  const observed = recordResponses(app);
  await app.ready();
  return {
    app,
    ctx,
    clock,
    undocumented: () => undocumentedResponses(app.swagger() as never, observed),
    async close() {
      const undocumented = undocumentedResponses(app.swagger() as never, observed);
      await app.close();
      await handle.db.destroy();
      if (databaseUrl && schema) await runAdminSql(databaseUrl, `DROP SCHEMA ${schema} CASCADE`);
      if (undocumented.length > 0)
        throw new Error(`Answers the OpenAPI document does not list:\n${undocumented.join("\n")}`);
    },
  };
}

async function runAdminSql(databaseUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
