import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "../../test/factories.ts";
import { medianOf } from "../../test/median.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { isWellFormedCertificateNumber } from "../certificates/rules.ts";
import { declarationDueOn } from "../observatory/rules.ts";
import { seedVolume, type VolumeReport } from "./seed-volume.ts";
import { anchorCounts } from "./volume-history.ts";

/**
 * A synthetic history of 2,000 certificates, checked three ways: the generator's own counts, the figures
 * the API answers, and plain queries over the raw tables (certificates, candidates, training plans,
 * declaration files), written without the observatory's facts or counts.
 */
const VOLUME = 2_000;
/** The history ends in 2021; the demo's own awards are later. */
const HISTORY_END = "2021-12-31";

let t: TestApp;
let report: VolumeReport;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  let calls = 0;
  report = await seedVolume(t.ctx, { volume: VOLUME, onProgress: () => calls++ });
  expect(calls).toBe(1);
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
}, 120_000);
afterAll(() => t.close());

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await t.app.inject({ method: "GET", url, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** The history's awards counted from the raw tables: age from the birth date, training from the plans. */
async function rawCounts(until = HISTORY_END) {
  const age = sql`(cast(substr(c.awarded_on, 1, 4) as integer) - cast(substr(k.birth_date, 1, 4) as integer)
    - case when substr(c.awarded_on, 6, 5) < substr(k.birth_date, 6, 5) then 1 else 0 end)`;
  const { rows } = await sql<Record<string, string | number>>`
    SELECT count(*) AS certificates,
      sum(case when c.kind = 'full' then 1 else 0 end) AS "full",
      sum(case when ${age} >= 45 then 1 else 0 end) AS over45,
      sum(case when k.has_prior_certification = 0 then 1 else 0 end) AS first_certification,
      sum(case when not exists (SELECT 1 FROM training_plans tp WHERE tp.pathway_id = p.id) then 1 else 0 end) AS direct,
      count(distinct c.branch_code) AS branches, count(distinct c.qualification_code) AS qualifications
    FROM certificates c JOIN pathways p ON p.id = c.pathway_id JOIN candidates k ON k.id = p.candidate_id
    WHERE c.awarded_on <= ${until}`.execute(t.ctx.db);
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

/**
 * The full awards as the declaration tables have them: each with the day of the first file that declared
 * it, and whether that was within three months; those never declared, whether their three months are over.
 */
async function rawDeclarations(where: { branch?: string; fromYear?: number; toYear?: number } = {}) {
  let query = t.ctx.db
    .selectFrom("certificates as c")
    .leftJoin("cdc_declarations as d", "d.certificate_id", "c.id")
    .where("c.kind", "=", "full")
    .groupBy(["c.id", "c.awarded_on", "c.qualification_code"])
    .select([
      "c.id",
      "c.awarded_on",
      "c.qualification_code",
      sql<string | null>`min(d.declared_at)`.as("first"),
    ]);
  if (where.branch) query = query.where("c.branch_code", "=", where.branch);
  if (where.fromYear) query = query.where("c.award_year", ">=", where.fromYear);
  if (where.toYear) query = query.where("c.award_year", "<=", where.toYear);
  const today = t.ctx.clock.now().toISOString().slice(0, 10);
  const rows = (await query.execute()).map((r) => ({
    ...r,
    declaredOn: r.first?.slice(0, 10) ?? null,
    dueOn: declarationDueOn(r.awarded_on),
  }));
  const undeclared = rows.filter((r) => r.declaredOn === null);
  const inTime = rows.filter((r) => r.declaredOn !== null && r.declaredOn <= r.dueOn).length;
  const notYetDue = undeclared.filter((r) => r.dueOn >= today).length;
  return {
    rows,
    inTime,
    late: rows.length - undeclared.length - inTime,
    undeclared,
    overdue: undeclared.length - notYetDue,
    share: Math.round((inTime / (rows.length - notYetDue)) * 1000) / 10,
  };
}

describe("cqpi seed --volume", () => {
  it("writes the awards its report counts, as plain queries over the raw tables count them", async () => {
    const raw = await rawCounts();
    expect(raw).toMatchObject({
      certificates: VOLUME,
      full: report.full,
      over45: report.over45,
      first_certification: report.firstCertification,
      direct: report.direct,
    });
    expect(report.certificates).toBe(VOLUME);
    expect(report.full + report.partial).toBe(VOLUME);
  });

  it("is calibrated on the 2012 presentation: the shares, and 12 branches and 7 CQPIs, then 14 and 9", async () => {
    expect(report.over45 / VOLUME).toBeCloseTo(1 / 3, 1);
    expect(report.firstCertification / VOLUME).toBeCloseTo(2 / 3, 1);
    expect(report.direct / VOLUME).toBeCloseTo(1 / 3, 1);
    const [july2009, september2012] = anchorCounts(VOLUME);
    expect(anchorCounts(1_000_000)).toEqual([3_000, 10_000]);
    expect(await rawCounts("2009-07-31")).toMatchObject({
      certificates: july2009,
      branches: 12,
      qualifications: 7,
    });
    expect(await rawCounts("2012-09-30")).toMatchObject({
      certificates: september2012,
      branches: 14,
      qualifications: 9,
    });
    const years = Object.keys(report.byYear).map(Number);
    expect(Math.min(...years)).toBe(2007);
    expect(Math.max(...years)).toBe(2021);
  });

  it("gives the public key figures computed from that data", async () => {
    const figures = await get("/api/observatory/key-figures");
    const all = await rawCounts("9999-12-31");
    const share = (part: number) => Math.round((part / all.certificates!) * 1000) / 10;
    expect(figures).toMatchObject({
      certificates: all.certificates,
      full: all.full,
      over45Share: share(all.over45!),
      directOnExperienceShare: share(all.direct!),
      fullShare: share(all.full!),
    });
    expect(Math.abs(figures.over45Share - 100 / 3)).toBeLessThan(4);
    expect(Math.abs(figures.firstCertificationShare - 200 / 3)).toBeLessThan(4);
    expect(Math.abs(figures.directOnExperienceShare - 100 / 3)).toBeLessThan(4);
    const year2009 = figures.timeline.find((y: { year: number }) => y.year === 2009);
    expect(year2009).toMatchObject({ branches: 12, qualifications: 7 });
    const year2021 = figures.timeline.find((y: { year: number }) => y.year === 2021);
    expect(year2021.cumulativeAwards).toBe(VOLUME);
  });

  it("gives the dashboard's awards per year and capacity pass rates as the raw tables count them", async () => {
    const byYear = await get("/api/observatory/awards?groupBy=year&toYear=2021", admin);
    for (const row of byYear.rows) expect(row.awards).toBe(report.byYear[row.year]);
    const { rows } = await sql<{ capacity_code: string; awards: number | string; trained: number | string }>`
      SELECT cap.code AS capacity_code, count(*) AS awards,
        sum(case when exists (SELECT 1 FROM training_plans tp WHERE tp.pathway_id = p.id
          AND tp.capacity_codes_json LIKE '%"' || cap.code || '"%') then 1 else 0 end) AS trained
      FROM certificates c JOIN pathways p ON p.id = c.pathway_id
      JOIN referential_blocks b ON b.version_id = p.version_id
      JOIN referential_capacities cap ON cap.block_id = b.id
      WHERE c.qualification_code = 'CEI' AND c.block_codes_json LIKE '%"' || b.code || '"%'
      GROUP BY cap.code`.execute(t.ctx.db);
    const rates = await get("/api/observatory/capacity-pass-rates?qualification=CEI", admin);
    expect(rates.capacities).toHaveLength(rows.length);
    for (const row of rows)
      expect(rates.capacities).toContainEqual(
        expect.objectContaining({
          capacityCode: row.capacity_code,
          awards: Number(row.awards),
          neededTraining: Number(row.trained),
        }),
      );
  });

  it("gives a branch secretariat the median days to award of its own branch, as the raw tables count them", async () => {
    const officer = (await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: ["UIMM"] })).headers;
    const figures = await get("/api/observatory/figures?fromYear=2015&toYear=2021", officer);
    const rows = await t.ctx.db
      .selectFrom("certificates as c")
      .innerJoin("pathways as p", "p.id", "c.pathway_id")
      .where("c.branch_code", "=", "UIMM")
      .where("c.awarded_on", ">=", "2015-01-01")
      .where("c.awarded_on", "<=", "2021-12-31")
      .select(["c.awarded_on", "p.registered_on", "c.kind"])
      .execute();
    const days = rows.map((r) => (Date.parse(r.awarded_on) - Date.parse(r.registered_on)) / 86_400_000);
    expect(rows.length).toBeGreaterThan(0);
    expect(figures).toMatchObject({
      certificates: rows.length,
      full: rows.filter((r) => r.kind === "full").length,
      medianRegistrationToAwardDays: medianOf(days),
      declaredWithinThreeMonthsShare: (
        await rawDeclarations({ branch: "UIMM", fromYear: 2015, toYear: 2021 })
      ).share,
    });
    const national = await get("/api/observatory/key-figures");
    expect(figures.certificates).toBeLessThan(national.certificates);
  });

  it("writes unique, check-digited numbers and pathways whose status, timeline and decision agree", async () => {
    const certificates = await t.ctx.db
      .selectFrom("certificates as c")
      .innerJoin("pathways as p", "p.id", "c.pathway_id")
      .innerJoin("jury_decisions as d", "d.id", "c.jury_decision_id")
      .select(["c.number", "c.kind", "p.status", "d.decision", "p.id"])
      .where("c.awarded_on", "<=", HISTORY_END)
      .execute();
    expect(new Set(certificates.map((c) => c.number)).size).toBe(VOLUME);
    expect(certificates.every((c) => isWellFormedCertificateNumber(c.number))).toBe(true);
    for (const c of certificates)
      expect([c.kind, c.status, c.decision]).toEqual(
        c.kind === "full" ? ["full", "awarded", "award"] : ["partial", "partially_awarded", "partial_award"],
      );
    const last = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM pathways p
      JOIN (SELECT pathway_id, max(id) AS id FROM pathway_transitions GROUP BY pathway_id) latest
        ON latest.pathway_id = p.id
      JOIN pathway_transitions tr ON tr.id = latest.id
      WHERE tr.to_status = p.status AND p.status IN ('awarded', 'partially_awarded')`.execute(t.ctx.db);
    expect(Number(last.rows[0]!.n)).toBeGreaterThanOrEqual(VOLUME);
  });

  it("pages the secretariat's certificates and pathways by cursor as by offset, with totals that hold", async () => {
    const officer = (await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: ["UIMM"] })).headers;
    const raw = await t.ctx.db
      .selectFrom("certificates")
      .select(sql<number | string>`count(*)`.as("n"))
      .where("branch_code", "=", "UIMM")
      .executeTakeFirstOrThrow();
    const first = await get("/api/certificates?limit=20", officer);
    expect(first.total).toBe(Number(raw.n));
    expect(first.totalIsCapped).toBe(false);
    expect(first.items.every((c: { branch: { code: string } }) => c.branch.code === "UIMM")).toBe(true);
    const byOffset = await get("/api/certificates?limit=20&offset=20", officer);
    const byCursor = await get(`/api/certificates?limit=20&after=${first.items.at(-1).number}`, officer);
    expect(byCursor.items).toEqual(byOffset.items);

    const pathways = await get("/api/pathways?limit=20", officer);
    const counted = await t.ctx.db
      .selectFrom("pathways")
      .innerJoin("branches", "branches.id", "pathways.branch_id")
      .where("branches.code", "=", "UIMM")
      .select(["pathways.status", sql<number | string>`count(*)`.as("n")])
      .groupBy("pathways.status")
      .execute();
    expect(pathways.countsByStatus).toEqual(Object.fromEntries(counted.map((r) => [r.status, Number(r.n)])));
    const nextByOffset = await get("/api/pathways?limit=20&offset=20", officer);
    const nextByCursor = await get(`/api/pathways?limit=20&after=${pathways.items.at(-1).id}`, officer);
    expect(nextByCursor.items).toEqual(nextByOffset.items);
  });

  it("declares about 85 % of its full awards within three months, some late, the last weeks' not yet", async () => {
    const history = (await rawDeclarations()).rows.filter((r) => r.awarded_on <= HISTORY_END);
    const isInTime = (r: (typeof history)[number]) => r.declaredOn !== null && r.declaredOn <= r.dueOn;
    const inTime = history.filter(isInTime).length;
    const undeclared = history.filter((r) => r.declaredOn === null);
    expect(report.declarations).toMatchObject({
      inTime,
      late: history.length - inTime - undeclared.length,
      undeclared: undeclared.length,
    });
    expect(Math.abs((inTime / history.length) * 100 - 85)).toBeLessThan(3);
    expect(report.declarations.late / history.length).toBeGreaterThan(0.05);
    expect(undeclared.length).toBeGreaterThan(0);
    expect(undeclared.every((r) => r.awarded_on >= "2021-06-01")).toBe(true);
  });

  it("gives the share declared in time, the awards still to declare and the overdue ones as the declaration tables count them", async () => {
    const raw = await rawDeclarations();
    const figures = await get("/api/observatory/key-figures");
    expect(figures.declaredWithinThreeMonthsShare).toBe(raw.share);
    const { rncp_code } = await t.ctx.db
      .selectFrom("qualifications")
      .where("code", "=", "CEI")
      .select("rncp_code")
      .executeTakeFirstOrThrow();
    const pending = await get(`/api/exports/cdc/pending?certification=${rncp_code}`, admin);
    const today = t.ctx.clock.now().toISOString().slice(0, 10);
    const undeclaredCei = raw.undeclared.filter((r) => r.qualification_code === "CEI");
    expect(undeclaredCei.length).toBeGreaterThan(0);
    expect(pending.undeclared).toHaveLength(undeclaredCei.length);
    expect(pending.undeclared.filter((u: { isOverdue: boolean }) => u.isOverdue)).toHaveLength(
      undeclaredCei.filter((r) => r.dueOn < today).length,
    );
  });

  it("writes each file as the export does: its certification's full awards of one month, once each", async () => {
    const files = await sql<Record<string, string | number>>`
      SELECT f.id, f.holder_count, count(d.certificate_id) AS declared,
        sum(case when c.kind = 'full' and c.awarded_on between f.period_from and f.period_to
          and q.rncp_code = f.certification_code and d.declared_at = f.created_at then 1 else 0 end) AS fitting
      FROM cdc_declaration_files f JOIN cdc_declarations d ON d.file_id = f.id
      JOIN certificates c ON c.id = d.certificate_id JOIN qualifications q ON q.code = c.qualification_code
      GROUP BY f.id, f.holder_count`.execute(t.ctx.db);
    expect(files.rows.length).toBe(report.declarations.files);
    for (const file of files.rows) {
      expect(Number(file.declared)).toBe(Number(file.holder_count));
      expect(Number(file.fitting)).toBe(Number(file.holder_count));
    }
    const twice = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM (SELECT certificate_id FROM cdc_declarations GROUP BY certificate_id
        HAVING count(*) > 1) x`.execute(t.ctx.db);
    expect(Number(twice.rows[0]!.n)).toBe(0);
    const facts = await t.ctx.db
      .selectFrom("award_facts")
      .select(["certificate_id", "declared_on"])
      .where("awarded_on", "<=", HISTORY_END)
      .execute();
    const declaredOn = new Map((await rawDeclarations()).rows.map((r) => [r.id, r.declaredOn]));
    for (const f of facts) expect(f.declared_on).toBe(declaredOn.get(f.certificate_id) ?? null);
  });
});
