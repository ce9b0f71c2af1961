import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildPathway, signedIn } from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "../certificates/generate-issuer-key.ts";
import { issueCertificate } from "../certificates/issue-certificate.ts";
import type { Award } from "../certificates/schemas.ts";
import { findQualificationOrThrow } from "../referentials/find-version.ts";
import { backfillAwardFacts } from "./apply-award-facts.ts";

/**
 * The figures over a generated set of awards, each checked against what the generator knows (its own
 * arithmetic, not the module's rules) and against plain queries over the certificates table.
 */
interface Generated {
  award: Award;
  birthDate: string;
  hasPrior: boolean;
  trained: boolean;
  /** The same holder was awarded a certificate before. */
  hasEarlier: boolean;
}

let t: TestApp;
const made: Generated[] = [];
let branchA: string;
let branchB: string;
let trainedQualification: string;
const REGISTERED_ON = "2026-03-02";

/** Age in full years, counted by moving the birthday forward year by year. */
function ageOf(birthDate: string, day: string): number {
  let age = 0;
  const [y, m, d] = birthDate.split("-");
  while (`${Number(y) + age + 1}-${m}-${d}` <= day) age++;
  return age;
}
const dayCount = (from: string, to: string) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 86_400_000;
const percent = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10;

beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
  const a = await buildBranch(t.ctx);
  const b = await buildBranch(t.ctx);
  branchA = a.code;
  branchB = b.code;
  const direct = async (
    branch: { code: string; name: string },
    birthDate: string,
    hasPrior: boolean,
    decidedOn: string,
    kind: Award["kind"] = "full",
  ) => {
    const award = await buildAward(t.ctx, {
      branch,
      kind,
      decidedOn,
      candidate: { birthDate, hasPriorCertification: hasPrior },
    });
    made.push({ award, birthDate, hasPrior, trained: false, hasEarlier: false });
    return award;
  };
  const first = await direct(a, "1970-01-10", false, "2026-06-15");
  await direct(a, "1990-07-01", true, "2027-02-01", "partial");
  // The day before a 45th birthday, then on it.
  await direct(b, "1981-06-16", false, "2026-06-15");
  const pathway = await buildPathway(t.ctx, {
    status: "ready_for_jury",
    outcome: "gaps",
    branchCode: b.code,
    candidate: { birthDate: "1981-06-15" },
  });
  const qualification = await findQualificationOrThrow(t.ctx, pathway.qualificationCode);
  trainedQualification = qualification.code;
  made.push({
    award: {
      ...first,
      pathwayId: pathway.id,
      juryDecisionId: 9001,
      candidate: { givenNames: "Camille", familyName: "Formée" },
      qualification: { code: qualification.code, title: qualification.title, referentialVersion: 1 },
      branch: { code: b.code, name: b.name },
      decidedOn: "2026-06-15",
    },
    birthDate: "1981-06-15",
    hasPrior: false,
    trained: true,
    hasEarlier: false,
  });
  // A second certificate for the first holder (a new decision on the same pathway).
  made.push({
    award: { ...first, juryDecisionId: 9002, decidedOn: "2027-03-01" },
    birthDate: "1970-01-10",
    hasPrior: false,
    trained: false,
    hasEarlier: true,
  });
  for (const g of made) await issueCertificate(t.ctx, { award: g.award, caller: platform });
});
afterAll(() => t.close());

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await t.app.inject({ method: "GET", url, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("the national key figures", () => {
  it("count what the generated awards are made of", async () => {
    const figures = await get("/api/observatory/key-figures");
    const n = made.length;
    const over45 = made.filter((g) => ageOf(g.birthDate, g.award.decidedOn) >= 45).length;
    const first = made.filter((g) => !g.hasPrior && !g.hasEarlier).length;
    const direct = made.filter((g) => !g.trained).length;
    const full = made.filter((g) => g.award.kind === "full").length;
    const days = made.map((g) => dayCount(REGISTERED_ON, g.award.decidedOn)).sort((x, y) => x - y);
    expect(over45).toBe(3);
    expect(first).toBe(3);
    expect(figures).toMatchObject({
      certificates: n,
      full,
      partial: n - full,
      over45Share: percent(over45, n),
      firstCertificationShare: percent(first, n),
      directOnExperienceShare: percent(direct, n),
      fullShare: percent(full, n),
      medianRegistrationToAwardDays: days[Math.floor(n / 2)],
      // Nothing declared yet and no three months over: nothing to divide by.
      declaredWithinThreeMonthsShare: null,
    });
    expect(figures.timeline).toEqual([
      { year: 2026, awards: 3, cumulativeAwards: 3, branches: 2, qualifications: 3 },
      { year: 2027, awards: 2, cumulativeAwards: 5, branches: 2, qualifications: 4 },
    ]);
  });

  it("agree with plain queries over the certificates", async () => {
    const figures = await get("/api/observatory/key-figures");
    const { rows } = await sql<{ n: string | number; full: string | number; years: string | number }>`
      select count(*) as n, count(case when kind = 'full' then 1 end) as full,
             count(distinct award_year) as years from certificates`.execute(t.ctx.db);
    expect(figures.certificates).toBe(Number(rows[0]!.n));
    expect(figures.full).toBe(Number(rows[0]!.full));
    expect(figures.timeline).toHaveLength(Number(rows[0]!.years));
  });

  it("count every award as undeclared once its three months are over", async () => {
    t.clock.advanceMinutes(60 * 24 * 365 * 2);
    const figures = await get("/api/observatory/key-figures");
    expect(figures.declaredWithinThreeMonthsShare).toBe(0);
  });

  it("are the same when recomputed for certificates issued before the observatory", async () => {
    const before = await t.ctx.db.selectFrom("award_facts").selectAll().orderBy("certificate_id").execute();
    const capacities = await t.ctx.db.selectFrom("award_capacity_facts").selectAll().execute();
    await t.ctx.db.deleteFrom("award_capacity_facts").execute();
    await t.ctx.db.deleteFrom("award_facts").execute();
    await backfillAwardFacts(t.ctx.db);
    expect(await t.ctx.db.selectFrom("award_facts").selectAll().orderBy("certificate_id").execute()).toEqual(
      before,
    );
    expect(await t.ctx.db.selectFrom("award_capacity_facts").selectAll().execute()).toEqual(
      expect.arrayContaining(capacities),
    );
    expect(before).toHaveLength(made.length);
  });
});

describe("the dashboard's awards", () => {
  it("are grouped by branch and year, as the generator counts them, for the national committee", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const { rows } = await get("/api/observatory/awards?groupBy=branch,year", headers);
    const expected = new Map<string, number>();
    for (const g of made) {
      const key = `${g.award.branch.code}/${g.award.decidedOn.slice(0, 4)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(
      rows.map((r: { branchCode: string; year: number; awards: number }) => [r.branchCode, r.year, r.awards]),
    ).toEqual([...expected].sort().map(([key, n]) => [key.split("/")[0], Number(key.split("/")[1]), n]));
    const filtered = await get(
      `/api/observatory/awards?groupBy=qualification&branch=${branchB}&fromYear=2026&toYear=2026`,
      headers,
    );
    expect(filtered.rows.map((r: { awards: number }) => r.awards)).toEqual([1, 1]);
    expect(
      filtered.rows.every((r: { branchCode: null; year: null }) => r.branchCode === null && r.year === null),
    ).toBe(true);
  });

  it("never count another branch's awards for a branch secretariat, whatever it filters on", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchA] });
    const own = await get("/api/observatory/awards?groupBy=branch", headers);
    expect(own.rows).toEqual([
      expect.objectContaining({
        branchCode: branchA,
        awards: made.filter((g) => g.award.branch.code === branchA).length,
      }),
    ]);
    expect((await get(`/api/observatory/awards?groupBy=branch&branch=${branchB}`, headers)).rows).toEqual([]);
    const rates = await get(
      `/api/observatory/capacity-pass-rates?qualification=${trainedQualification}`,
      headers,
    );
    expect(rates.capacities).toEqual([]);
  });

  it("refuse a dimension or a year they do not know, naming the field", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    for (const query of ["groupBy=candidate", "fromYear=soon"]) {
      const response = await t.app.inject({
        method: "GET",
        url: `/api/observatory/awards?${query}`,
        headers,
      });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toEqual([query.split("=")[0]]);
    }
  });

  it("give each capacity's pass rate without training, the ones most often trained first", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const rates = await get(
      `/api/observatory/capacity-pass-rates?qualification=${trainedQualification}`,
      headers,
    );
    expect(rates.capacities).toEqual([
      { capacityCode: "C1", awards: 1, neededTraining: 1, passRate: 0 },
      { capacityCode: "C2", awards: 1, neededTraining: 0, passRate: 100 },
      { capacityCode: "C3", awards: 1, neededTraining: 0, passRate: 100 },
      { capacityCode: "C4", awards: 1, neededTraining: 0, passRate: 100 },
    ]);
  });
});

describe("the certificates' spreadsheet", () => {
  it("carries the facts every figure is made of, so that the key figures recompute from it", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const response = await t.app.inject({ method: "GET", url: "/api/exports/certificates.csv", headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv/);
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    const figures = await get("/api/observatory/key-figures");
    expect(rows).toHaveLength(figures.certificates);
    const n = rows.length;
    expect(percent(rows.filter((r) => r.over45 === "1").length, n)).toBe(figures.over45Share);
    expect(percent(rows.filter((r) => r.firstCertification === "1").length, n)).toBe(
      figures.firstCertificationShare,
    );
    expect(percent(rows.filter((r) => r.route === "direct").length, n)).toBe(figures.directOnExperienceShare);
    expect(rows.filter((r) => r.kind === "full").length).toBe(figures.full);
    for (const row of rows)
      expect(Number(row.registrationToAwardDays)).toBe(dayCount(row.registeredOn!, row.awardedOn!));
  });

  it("gives a branch secretariat its own branch's certificates only, in CSV and XLSX", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchA] });
    const own = made.filter((g) => g.award.branch.code === branchA).length;
    const csv = await t.app.inject({
      method: "GET",
      url: `/api/exports/certificates.csv?branch=${branchB}`,
      headers,
    });
    expect(parse(csv.body, { columns: true })).toEqual([]);
    const xlsx = await t.app.inject({ method: "GET", url: "/api/exports/certificates.xlsx", headers });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Certificats")!;
    expect(sheet.rowCount).toBe(own + 1);
    const branches = new Set<unknown>();
    sheet.getColumn(3).eachCell((cell, row) => row > 1 && branches.add(cell.value));
    expect([...branches]).toEqual([branchA]);
  });
});
