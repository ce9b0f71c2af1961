import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import Fastify, { type FastifyInstance } from "fastify";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { CertificateRow } from "../src/db/schema.ts";
import { createApiToken } from "../src/modules/accounts/api-tokens.ts";
import { platform, userCaller } from "../src/modules/accounts/caller.ts";
import { findAccountByEmail } from "../src/modules/accounts/find-account.ts";
import { isSameFamilyName } from "../src/modules/certificates/rules.ts";
import { verifyCredentialJson } from "../src/modules/certificates/verify-credential-json.ts";
import { toPublicCertificateView } from "../src/modules/certificates/views.ts";
import { seedDemo } from "../src/modules/demo/seed-demo.ts";
import { renderReferentialPdf } from "../src/modules/referentials/exchange/referential-pdf.ts";
import { findVersion } from "../src/modules/referentials/find-version.ts";
import { buildApp } from "../src/server/app.ts";
import { systemClock } from "../src/server/context.ts";
import { BENCH_BRANCH, BENCH_OFFICER, BENCH_PDF } from "./scenarios.ts";

/**
 * One benchmark target per child process, so the load generator in the parent does not share its
 * core. Each prints its port on stdout (the platform also the API token of the demo branch officer).
 * The raw-SQL target runs the equivalent queries with better-sqlite3 (and renders the referential PDF
 * on each request); the bare target answers the same bodies serialised (or rendered) once; the web
 * target is the platform serving a given web build (third argument). Targets share one demo database file, seeded by the platform.
 */
const [target = "platform", dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-bench-")), webDistDir] =
  process.argv.slice(2);
const sqliteFile = path.join(dataDir, "cqpi.sqlite");

const QUALIFICATIONS = `
  SELECT q.*, (SELECT count(*) FROM branch_qualifications bq WHERE bq.qualification_id = q.id) AS branch_count
  FROM qualifications q ORDER BY q.code LIMIT 50`;

/** The branch officer's pathway list: the page, its total and the counts per status, in the branch. */
const PATHWAYS_FROM = `
  FROM pathways p
  JOIN candidates c ON c.id = p.candidate_id
  JOIN branches b ON b.id = p.branch_id
  JOIN qualifications q ON q.id = p.qualification_id
  JOIN referential_versions v ON v.id = p.version_id
  WHERE b.code = ?`;
const PATHWAYS = `
  SELECT p.id, p.route, p.status, p.registered_on, p.status_changed_at, p.evaluator_user_id,
         c.id AS candidate_id, c.birth_name, c.usage_name, c.first_names_json, c.company_id,
         b.code AS branch_code, q.code AS qualification_code, q.title, v.version
  ${PATHWAYS_FROM} ORDER BY p.id DESC LIMIT 50`;

async function startPlatform() {
  const handle = openDatabase({ sqliteFile });
  await migrateToLatest(handle);
  // Public verifications are rate limited per address; the load generator is one address.
  const config = loadConfig({ CQPI_DATA_DIR: dataDir, CQPI_VERIFY_PER_IP_PER_MINUTE: "1000000000" });
  const ctx = {
    ...handle,
    config: { ...config, webDistDir: webDistDir ?? config.webDistDir },
    clock: systemClock,
  };
  await seedDemo(ctx);
  const officer = (await findAccountByEmail(ctx.db, BENCH_OFFICER))!;
  const caller = userCaller({
    userId: officer.id,
    email: officer.email,
    role: "branch_officer" as const,
    branchCodes: [BENCH_BRANCH],
    companyId: null,
    via: "token",
  });
  const { token } = await createApiToken(ctx, { caller, name: "bench" });
  // The "web" target also serves the web build it was given (the first load of a page is measured).
  return { app: await buildApp(ctx, { serveWeb: target === "web" }), token };
}

/** The referential PDF rendered from the tree read once: what each request cost before it was kept. */
async function pdfRenderer() {
  const handle = openDatabase({ sqliteFile });
  const ctx = { ...handle, config: { ...loadConfig({}), dataDir }, clock: systemClock };
  const { qualification, view } = await findVersion(ctx, { ...BENCH_PDF, caller: platform });
  return () => renderReferentialPdf({ qualification, version: view, content: view });
}

async function startBaseline() {
  const app = Fastify();
  const renderPdf = await pdfRenderer();
  const pdfPath = `/api/qualifications/${BENCH_PDF.code}/versions/${BENCH_PDF.version}/referential.pdf`;
  if (target === "bare") {
    const pdf = Buffer.from(await renderPdf());
    app.get(pdfPath, (_req, reply) => reply.type("application/pdf").send(pdf));
  } else {
    app.get(pdfPath, async (_req, reply) =>
      reply.type("application/pdf").send(Buffer.from(await renderPdf())),
    );
  }
  const db = new SQLite(sqliteFile, { readonly: true });
  const qualifications = db.prepare(QUALIFICATIONS);
  const qualificationCount = db.prepare("SELECT count(*) AS n FROM qualifications");
  const pathways = db.prepare(PATHWAYS);
  const pathwayCounts = db.prepare(`SELECT p.status, count(*) AS n ${PATHWAYS_FROM} GROUP BY p.status`);
  const queries = {
    "/api/qualifications": () => ({
      items: qualifications.all(),
      total: (qualificationCount.get() as { n: number }).n,
    }),
    "/api/pathways": () => {
      const counts = pathwayCounts.all(BENCH_BRANCH) as { status: string; n: number }[];
      return {
        items: pathways.all(BENCH_BRANCH),
        total: counts.reduce((sum, c) => sum + c.n, 0),
        countsByStatus: Object.fromEntries(counts.map((c) => [c.status, c.n])),
      };
    },
  };
  for (const [url, query] of Object.entries(queries)) {
    if (target === "bare") {
      const body = JSON.stringify(query());
      app.get(url, (_req, reply) => reply.type("application/json").send(body));
    } else {
      app.get(url, query);
    }
  }
  await addVerificationBaselines(app, db);
  return { app, token: null };
}

/**
 * The public verification routes without the platform around them: the certificate read by raw SQL and
 * shaped by the same pure view, and a pasted credential checked by the same offline verification (its
 * cost is the proof's); the bare target answers both bodies computed once.
 */
async function addVerificationBaselines(app: FastifyInstance, db: SQLite.Database) {
  const certificateByNumber = db.prepare("SELECT * FROM certificates WHERE number = ?");
  const lookUp = (number: string, familyName: string | undefined) => {
    const row = certificateByNumber.get(number) as CertificateRow | undefined;
    if (!row) return undefined;
    const isNamed = familyName !== undefined && isSameFamilyName(familyName, row.holder_family_name);
    return toPublicCertificateView(row, isNamed);
  };
  const handle = openDatabase({ sqliteFile });
  const ctx = { ...handle, config: loadConfig({ CQPI_DATA_DIR: dataDir }), clock: systemClock };
  type LookUp = { Params: { number: string }; Querystring: { familyName?: string } };
  type Verify = { Body: { credential: Record<string, unknown> } };
  if (target === "bare") {
    const any = db
      .prepare("SELECT number, holder_family_name, credential_json FROM certificates LIMIT 1")
      .get() as { number: string; holder_family_name: string; credential_json: string } | undefined;
    if (!any) return;
    const summary = JSON.stringify(lookUp(any.number, any.holder_family_name));
    const verdict = JSON.stringify(await verifyCredentialJson(ctx, JSON.parse(any.credential_json)));
    app.get("/api/certificates/:number", (_req, reply) => reply.type("application/json").send(summary));
    app.post("/api/verify", (_req, reply) => reply.type("application/json").send(verdict));
    return;
  }
  app.get<LookUp>("/api/certificates/:number", (req) => lookUp(req.params.number, req.query.familyName));
  app.post<Verify>("/api/verify", (req) => verifyCredentialJson(ctx, req.body.credential));
}

const isPlatform = target === "platform" || target === "web";
const { app, token } = isPlatform ? await startPlatform() : await startBaseline();
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
console.log(JSON.stringify({ port, dataDir, token }));
