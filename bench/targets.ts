import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import Fastify from "fastify";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { seedDemo } from "../src/modules/demo/seed-demo.ts";
import { buildApp } from "../src/server/app.ts";
import { systemClock } from "../src/server/context.ts";

/**
 * One benchmark target per child process, so the load generator in the parent does not share its
 * core. Each prints its port on stdout. The bare route answers the same rows, serialised once. Targets share one demo database file, seeded by the first.
 */
const [target = "platform", dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-bench-"))] =
  process.argv.slice(2);
const sqliteFile = path.join(dataDir, "cqpi.sqlite");

const QUERY = `
  SELECT q.*, (SELECT count(*) FROM branch_qualifications bq WHERE bq.qualification_id = q.id) AS branch_count
  FROM qualifications q ORDER BY q.code LIMIT 50`;

async function start() {
  if (target === "platform") {
    const handle = openDatabase({ sqliteFile });
    await migrateToLatest(handle);
    const ctx = { ...handle, config: { ...loadConfig({}), dataDir }, clock: systemClock };
    await seedDemo(ctx);
    return buildApp(ctx);
  }
  const app = Fastify();
  const db = new SQLite(sqliteFile, { readonly: true });
  const list = db.prepare(QUERY);
  const count = db.prepare("SELECT count(*) AS n FROM qualifications");
  const query = () => ({ items: list.all(), total: (count.get() as { n: number }).n });
  if (target === "bare") {
    const body = JSON.stringify(query());
    app.get("/api/qualifications", (_req, reply) => reply.type("application/json").send(body));
  } else {
    app.get("/api/qualifications", query);
  }
  return app;
}

const app = await start();
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0, dataDir }));
