import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { terminalProgress } from "../src/cli/progress-bar.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { Database } from "../src/db/schema.ts";
import { createApiToken } from "../src/modules/accounts/api-tokens.ts";
import { userCaller } from "../src/modules/accounts/caller.ts";
import { findAccountByEmail } from "../src/modules/accounts/find-account.ts";
import { seedVolume } from "../src/modules/demo/seed-volume.ts";
import { buildApp } from "../src/server/app.ts";
import { type AppContext, systemClock } from "../src/server/context.ts";

/**
 * The observatory and the secretariat's lists at volume: a synthetic history of BENCH_VOLUME certificates
 * (default 1,000,000; 20,000 for a quick run) on SQLite, and on PostgreSQL when DATABASE_URL is set. Each
 * figure is asked of the platform (the HTTP route, in process) and computed by the plain SQL aggregate over
 * the raw tables, in turns, BENCH_ROUNDS times; the median and 95th percentile of each are printed side by
 * side. The history is kept (SQLite file in BENCH_DATA_DIR, PostgreSQL schema `bench_volume`) and reused by
 * the next run of the same volume.
 */
const VOLUME = Number(process.env.BENCH_VOLUME ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const DATA_DIR = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), `cqpi-bench-volume-${VOLUME}`);
const PG_SCHEMA = "bench_volume";
const BRANCH = "UIMM";

interface Scenario {
  figure: string;
  /** The budget the figure must answer within (median), in ms. */
  budget: number;
  url: (cursor: Cursors) => string;
  as: "anonymous" | "admin" | "officer";
  raw: (db: Kysely<Database>, cursor: Cursors) => Promise<unknown>;
}
interface Cursors {
  pathway: number;
  certificate: string;
}

const age = sql`(cast(substr(c.awarded_on, 1, 4) as integer) - cast(substr(k.birth_date, 1, 4) as integer)
  - case when substr(c.awarded_on, 6, 5) < substr(k.birth_date, 6, 5) then 1 else 0 end)`;

const today = () => new Date().toISOString().slice(0, 10);

const scenarios: Scenario[] = [
  {
    figure: "public key figures",
    budget: 20,
    url: () => "/api/observatory/key-figures",
    as: "anonymous",
    raw: (db) =>
      Promise.all([
        sql`SELECT count(*), sum(case when c.kind = 'full' then 1 else 0 end), sum(case when ${age} >= 45 then 1 else 0 end),
            sum(case when k.has_prior_certification = 0 then 1 else 0 end),
            sum(case when exists (SELECT 1 FROM training_plans tp WHERE tp.pathway_id = p.id) then 0 else 1 end)
          FROM certificates c JOIN pathways p ON p.id = c.pathway_id JOIN candidates k ON k.id = p.candidate_id`.execute(
          db,
        ),
        sql`SELECT award_year, count(*), count(distinct branch_code), count(distinct qualification_code)
          FROM certificates GROUP BY award_year`.execute(db),
      ]),
  },
  {
    figure: "awards by CQPI × branch × year (admin)",
    budget: 100,
    url: () => "/api/observatory/awards?groupBy=qualification,branch,year",
    as: "admin",
    raw: (db) =>
      sql`SELECT qualification_code, branch_code, award_year, count(*), sum(case when kind = 'full' then 1 else 0 end)
        FROM certificates GROUP BY qualification_code, branch_code, award_year`.execute(db),
  },
  {
    figure: `awards by year, ${BRANCH} secretariat, 2015–2021`,
    budget: 100,
    url: () => "/api/observatory/awards?groupBy=year&fromYear=2015&toYear=2021",
    as: "officer",
    raw: (db) =>
      sql`SELECT award_year, count(*) FROM certificates WHERE branch_code = ${BRANCH}
        AND award_year BETWEEN 2015 AND 2021 GROUP BY award_year`.execute(db),
  },
  {
    figure: `scope figures, ${BRANCH} secretariat, 2015–2021`,
    budget: 100,
    url: () => "/api/observatory/figures?fromYear=2015&toYear=2021",
    as: "officer",
    raw: (db) =>
      Promise.all([
        sql`SELECT registration_to_award_days, count(*) FROM award_facts WHERE branch_code = ${BRANCH}
          AND award_year BETWEEN 2015 AND 2021 GROUP BY registration_to_award_days
          ORDER BY registration_to_award_days`.execute(db),
        sql`SELECT count(*), sum(case when kind = 'full' then 1 else 0 end),
            sum(case when kind = 'full' and (declared_on is not null or declaration_due_on < ${today()}) then 1 else 0 end),
            sum(case when declared_on <= declaration_due_on then 1 else 0 end)
          FROM award_facts WHERE branch_code = ${BRANCH} AND award_year BETWEEN 2015 AND 2021`.execute(db),
      ]),
  },
  {
    figure: "capacity pass rates of the CEI (admin)",
    budget: 100,
    url: () => "/api/observatory/capacity-pass-rates?qualification=CEI",
    as: "admin",
    raw: (db) =>
      sql`SELECT capacity_code, count(*), sum(needed_training) FROM award_capacity_facts
        WHERE qualification_code = 'CEI' GROUP BY capacity_code`.execute(db),
  },
  {
    figure: `pathway list, ${BRANCH} secretariat, first page`,
    budget: 50,
    url: () => "/api/pathways?limit=50",
    as: "officer",
    raw: (db) => pathwayPage(db, null),
  },
  {
    figure: `pathway list, ${BRANCH} secretariat, a page by cursor`,
    budget: 50,
    url: (cursor) => `/api/pathways?limit=50&after=${cursor.pathway}`,
    as: "officer",
    raw: (db, cursor) => pathwayPage(db, cursor.pathway),
  },
  {
    figure: `certificate list, ${BRANCH} secretariat, first page`,
    budget: 50,
    url: () => "/api/certificates?limit=50",
    as: "officer",
    raw: (db) => certificatePage(db, null),
  },
  {
    figure: `certificate list, ${BRANCH} secretariat, a page by cursor`,
    budget: 50,
    url: (cursor) => `/api/certificates?limit=50&after=${cursor.certificate}`,
    as: "officer",
    raw: (db, cursor) => certificatePage(db, cursor.certificate),
  },
];

/** The plain list: a page of the branch's pathways with their candidate, and the counts per status. */
function pathwayPage(db: Kysely<Database>, after: number | null) {
  return Promise.all([
    sql`SELECT p.*, k.birth_name, k.first_names_json FROM pathways p JOIN candidates k ON k.id = p.candidate_id
      JOIN branches b ON b.id = p.branch_id WHERE b.code = ${BRANCH} ${after === null ? sql.raw("") : sql`AND p.id < ${after}`}
      ORDER BY p.id DESC LIMIT 50`.execute(db),
    sql`SELECT p.status, count(*) FROM pathways p JOIN branches b ON b.id = p.branch_id WHERE b.code = ${BRANCH}
      GROUP BY p.status`.execute(db),
  ]);
}

/** The plain list: a page of the branch's certificates, latest first, and their count. */
function certificatePage(db: Kysely<Database>, after: string | null) {
  const cursor = sql`(SELECT awarded_on, id FROM certificates WHERE number = ${after})`;
  return Promise.all([
    sql`SELECT * FROM certificates WHERE branch_code = ${BRANCH}
      ${after === null ? sql.raw("") : sql`AND (awarded_on, id) < ${cursor}`}
      ORDER BY awarded_on DESC, id DESC LIMIT 50`.execute(db),
    sql`SELECT count(*) FROM certificates WHERE branch_code = ${BRANCH}`.execute(db),
  ]);
}

async function openTarget(kind: "sqlite" | "postgres"): Promise<AppContext> {
  const databaseUrl = kind === "postgres" ? process.env.DATABASE_URL : undefined;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${PG_SCHEMA}`);
    await client.end();
  }
  const handle = openDatabase({
    databaseUrl,
    sqliteFile: path.join(DATA_DIR, "cqpi.sqlite"),
    ...(databaseUrl && { pgSchema: PG_SCHEMA }),
  });
  await migrateToLatest(handle);
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const config = loadConfig({
    CQPI_DATA_DIR: DATA_DIR,
    CQPI_KEY_FILE: path.join(DATA_DIR, `issuer-keys-${kind}.json`),
  });
  return { ...handle, config, clock: systemClock };
}

async function seedOnce(ctx: AppContext) {
  const row = await ctx.db
    .selectFrom("award_facts")
    .select(sql<number | string>`count(*)`.as("n"))
    .where("awarded_on", "<=", "2021-12-31")
    .executeTakeFirstOrThrow();
  const present = Number(row.n);
  if (present === VOLUME) return console.log(`  ${VOLUME} certificates already there: reused.`);
  if (present > 0) throw new Error(`the ${ctx.dialect} bench database holds another history (${present})`);
  const progress = terminalProgress(process.stderr);
  const started = performance.now();
  await seedVolume(ctx, { volume: VOLUME, onProgress: progress });
  progress.end();
  console.log(`  seeded ${VOLUME} certificates in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (ctx.dialect === "postgres") await sql`ANALYZE`.execute(ctx.db);
}

/** An API token for a demo account, the way integrations call the platform. */
async function tokenOf(ctx: AppContext, email: string, role: "admin" | "branch_officer") {
  const user = (await findAccountByEmail(ctx.db, email))!;
  const caller = userCaller({
    userId: user.id,
    email: user.email,
    role,
    branchCodes: role === "branch_officer" ? [BRANCH] : [],
    companyId: null,
    via: "token",
  });
  return (await createApiToken(ctx, { caller, name: "bench" })).token;
}

async function timed(run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;

async function measure(kind: "sqlite" | "postgres") {
  console.log(`\n${kind}: ${VOLUME} certificates`);
  const ctx = await openTarget(kind);
  await seedOnce(ctx);
  const app: FastifyInstance = await buildApp(ctx);
  await app.ready();
  const headers = {
    anonymous: {},
    admin: { authorization: `Bearer ${await tokenOf(ctx, "admin@demo.example", "admin")}` },
    officer: { authorization: `Bearer ${await tokenOf(ctx, "branch.uimm@demo.example", "branch_officer")}` },
  };
  const inject = async (url: string, as: Scenario["as"]) => {
    const response = await app.inject({ method: "GET", url, headers: headers[as] });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  // Cursors deep in the lists: the key of the last item of the 200th page (or near the end).
  const deep = async (list: string) => {
    const { total } = await inject(`/api/${list}?limit=1`, "officer");
    return inject(`/api/${list}?limit=50&offset=${Math.max(0, Math.min(9_950, total - 100))}`, "officer");
  };
  const deepPathways = await deep("pathways");
  const deepCertificates = await deep("certificates");
  const cursor: Cursors = {
    pathway: deepPathways.items.at(-1).id,
    certificate: deepCertificates.items.at(-1).number,
  };
  const times = scenarios.map(() => ({ platform: [] as number[], raw: [] as number[] }));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [i, s] of scenarios.entries()) {
      const platformMs = await timed(() => inject(s.url(cursor), s.as));
      const rawMs = await timed(() => s.raw(ctx.db, cursor));
      // Round 0 warms caches and statements; it is not counted.
      if (round === 0) continue;
      times[i]!.platform.push(platformMs);
      times[i]!.raw.push(rawMs);
    }
  }
  const ms = (v: number) => v.toFixed(1).padStart(8);
  console.log(
    `${"figure".padEnd(52)} ${"platform median".padStart(16)} ${"p95".padStart(8)}   ${"raw SQL median".padStart(15)} ${"p95".padStart(8)}   budget`,
  );
  for (const [i, s] of scenarios.entries()) {
    const { platform, raw } = times[i]!;
    const median = quantile(platform, 0.5);
    console.log(
      `${s.figure.padEnd(52)} ${ms(median).padStart(16)} ${ms(quantile(platform, 0.95))}   ${ms(quantile(raw, 0.5)).padStart(15)} ${ms(quantile(raw, 0.95))}   ${median <= s.budget ? "✓" : "✗"} < ${s.budget} ms`,
    );
  }
  await app.close();
  await ctx.db.destroy();
}

/** `BENCH_TARGETS=sqlite` or `=postgres` measures one database only (two runs can then go side by side). */
const targets = (process.env.BENCH_TARGETS ?? "sqlite,postgres").split(",");
if (targets.includes("sqlite")) await measure("sqlite");
if (process.env.DATABASE_URL && targets.includes("postgres")) await measure("postgres");
