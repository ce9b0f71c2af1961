import path from "node:path";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { type AppContext, systemClock } from "../server/context.ts";

/** Opens the configured database (PostgreSQL if DATABASE_URL is set, else SQLite in the data dir), migrated. */
export async function openContext(): Promise<AppContext> {
  const config = loadConfig();
  const handle = openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: path.join(config.dataDir, "cqpi.sqlite"),
  });
  await migrateToLatest(handle);
  return { ...handle, config, clock: systemClock };
}
