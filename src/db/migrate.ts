import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { DatabaseHandle } from "./database.ts";
import type { DialectName } from "./dialect.ts";
import * as foundation from "./migrations/0001-foundation.ts";
import * as referentials from "./migrations/0002-referentials.ts";
import * as pathways from "./migrations/0003-pathways.ts";
import * as rateLimits from "./migrations/0004-rate-limits.ts";
import * as jury from "./migrations/0005-jury.ts";
import * as certificates from "./migrations/0006-certificates.ts";
import * as exportsAndSessions from "./migrations/0007-exports-and-sessions.ts";
import * as searchAndBooklets from "./migrations/0008-search-and-booklets.ts";
import * as accountLinks from "./migrations/0009-account-links.ts";
import * as juryCorrections from "./migrations/0010-jury-corrections.ts";
import * as interbranch from "./migrations/0011-interbranch.ts";
import * as certificateIssuance from "./migrations/0012-certificate-issuance.ts";
import * as observatory from "./migrations/0014-observatory.ts";
import * as carriedCapacities from "./migrations/0015-carried-capacities.ts";
import * as observatoryVolume from "./migrations/0016-observatory-volume.ts";
import * as scopedAwardTallies from "./migrations/0017-scoped-award-tallies.ts";

/** A migration receives the dialect so that it can call the helpers of `dialect.ts`. */
export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

const migrations: Record<string, DialectMigration> = {
  "0001-foundation": foundation,
  "0002-referentials": referentials,
  "0003-pathways": pathways,
  "0004-rate-limits": rateLimits,
  "0005-jury": jury,
  "0006-certificates": certificates,
  "0007-exports-and-sessions": exportsAndSessions,
  "0008-search-and-booklets": searchAndBooklets,
  "0009-account-links": accountLinks,
  "0010-jury-corrections": juryCorrections,
  "0011-interbranch": interbranch,
  "0012-certificate-issuance": certificateIssuance,
  "0014-observatory": observatory,
  "0015-carried-capacities": carriedCapacities,
  "0016-observatory-volume": observatoryVolume,
  "0017-scoped-award-tallies": scopedAwardTallies,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(migrations).map(([name, m]) => [
        name,
        { up: (db: Kysely<unknown>) => m.up(db, this.dialect) },
      ]),
    );
  }
}

/** Applies every pending migration; returns the schema version (name of the latest migration). */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string> {
  const migrator = createMigrator(handle);
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return latestMigrationName();
}

export function latestMigrationName(): string {
  return Object.keys(migrations).sort().at(-1)!;
}

/** The schema version recorded in the database, or null on an empty database. */
export async function readSchemaVersion(handle: DatabaseHandle): Promise<string | null> {
  const migrator = createMigrator(handle);
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt);
  return applied.at(-1)?.name ?? null;
}

/** Kysely looks for its bookkeeping tables in every schema unless told which one is ours. */
function createMigrator({ db, dialect, pgSchema }: DatabaseHandle) {
  return new Migrator({
    db,
    provider: new StaticProvider(dialect),
    ...(pgSchema && { migrationTableSchema: pgSchema }),
  });
}
