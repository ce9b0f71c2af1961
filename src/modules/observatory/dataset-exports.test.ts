import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildUser, signedIn } from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { updateQualification } from "../catalogue/update-qualification.ts";
import { generateIssuerKey } from "../certificates/generate-issuer-key.ts";
import { issueCertificate } from "../certificates/issue-certificate.ts";
import type { Award } from "../certificates/schemas.ts";

/**
 * The dashboard's tables as spreadsheets: the rows the dashboard's reads answer, under French headers,
 * with the same filters, and never a row of another branch for a branch secretariat.
 */
let t: TestApp;
let admin: Record<string, string>;
let officerOfA: Record<string, string>;
let branchA: string;
let branchB: string;
const awards: Award[] = [];
const CERTIFICATION = "RNCP77777";

beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
  const adminUser = await buildUser(t.ctx, { role: "admin" });
  const a = await buildBranch(t.ctx);
  const b = await buildBranch(t.ctx);
  branchA = a.code;
  branchB = b.code;
  const plan: [typeof a, string, Award["kind"]][] = [
    [a, "2025-05-10", "full"],
    [a, "2026-02-01", "partial"],
    [b, "2026-03-15", "full"],
  ];
  for (const [branch, decidedOn, kind] of plan) {
    const award = await buildAward(t.ctx, { branch, decidedOn, kind });
    awards.push(award);
    await issueCertificate(t.ctx, { award, caller: platform });
  }
  await updateQualification(t.ctx, {
    actorUserId: adminUser.id,
    code: awards[2]!.qualification.code,
    input: { rncpCode: CERTIFICATION },
  });
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
  officerOfA = (await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchA] })).headers;
});
afterAll(() => t.close());

const download = async (url: string, headers: Record<string, string> = {}) => {
  const response = await t.app.inject({ method: "GET", url, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};
/** The error an admin's download is refused with, after checking its status. */
const refusal = async (url: string, status: number) => {
  const response = await t.app.inject({ method: "GET", url, headers: admin });
  expect(response.statusCode).toBe(status);
  return response.json().error;
};
/** The CSV's rows by header: `;`-separated with a BOM, as French Excel reads it. */
const csvRows = async (url: string, headers: Record<string, string> = {}) => {
  const response = await download(url, headers);
  expect(response.headers["content-type"]).toMatch(/^text\/csv/);
  return parse(response.body, { columns: true, delimiter: ";", bom: true }) as Record<string, string>[];
};
const xlsxRows = async (url: string, sheetName: string, headers: Record<string, string>) => {
  const response = await download(url, headers);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const values: unknown[][] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return values;
};

describe("the awards table's export", () => {
  it("has the dashboard's rows under French headers for the national committee", async () => {
    const rows = await csvRows("/api/exports/awards.csv?groupBy=branch,year", admin);
    const { rows: table } = (await download("/api/observatory/awards?groupBy=branch,year", admin)).json() as {
      rows: { branchCode: string; year: number; awards: number; partial: number }[];
    };
    expect(rows.map((row) => [row.Branche, Number(row.Année), Number(row.Attributions)])).toEqual(
      table.map((row) => [row.branchCode, row.year, row.awards]),
    );
    expect(rows.map((row) => row.Branche).sort()).toEqual([branchA, branchA, branchB].sort());
    expect(Object.keys(rows[0]!)).toEqual([
      "Branche",
      "Année",
      "Attributions",
      "Certifications complètes",
      "Blocs de compétences",
      "Titulaires de plus de 45 ans",
      "Premières certifications",
      "Directement sur l'expérience",
    ]);
    const partial = rows.find((row) => row.Année === "2026" && row.Branche === branchA)!;
    expect(partial["Blocs de compétences"]).toBe("1");
  });

  it("applies the dashboard's filters", async () => {
    const rows = await csvRows("/api/exports/awards.csv?groupBy=year&fromYear=2026", admin);
    expect(rows).toEqual([expect.objectContaining({ Année: "2026", Attributions: "2" })]);
  });

  it("never gives a branch secretariat another branch's rows, in CSV or XLSX, whatever it filters on", async () => {
    const own = await csvRows("/api/exports/awards.csv?groupBy=branch", officerOfA);
    expect(own).toEqual([expect.objectContaining({ Branche: branchA, Attributions: "2" })]);
    expect(await csvRows(`/api/exports/awards.csv?groupBy=branch&branch=${branchB}`, officerOfA)).toEqual([]);
    const sheet = await xlsxRows(
      "/api/exports/awards.xlsx?groupBy=qualification,branch",
      "Attributions",
      officerOfA,
    );
    expect(sheet[0]!.slice(0, 3)).toEqual(["CQPI", "Branche", "Attributions"]);
    expect(new Set(sheet.slice(1).map((row) => row[1]))).toEqual(new Set([branchA]));
    expect(sheet).toHaveLength(3);
  });
});

describe("the capacity pass rates' export", () => {
  it("lists each capacity of the CQPI for whoever counts its awards, and nothing of another branch", async () => {
    const qualification = awards[2]!.qualification.code;
    const rows = await csvRows(`/api/exports/capacity-pass-rates.csv?qualification=${qualification}`, admin);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ CQPI: qualification, Titulaires: "1", "Avec formation": "0" });
    expect(rows[0]!["Réussite sans formation (%)"]).toBe("100");
    expect(
      await csvRows(`/api/exports/capacity-pass-rates.csv?qualification=${qualification}`, officerOfA),
    ).toEqual([]);
  });

  it("needs a CQPI, naming the field", async () => {
    const error = await refusal("/api/exports/capacity-pass-rates.xlsx", 400);
    expect(Object.keys(error.fields)).toEqual(["qualification"]);
  });
});

describe("the declarations' export", () => {
  it("lists the awards of the certification still to declare, the overdue marked", async () => {
    t.clock.advanceMinutes(60 * 24 * 365);
    // A year on, the sessions opened before have ended.
    admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
    const rows = await csvRows(`/api/exports/declarations.csv?certification=${CERTIFICATION}`, admin);
    expect(rows).toEqual([
      expect.objectContaining({
        "Date d'attribution": "2026-03-15",
        "Délai de trois mois dépassé": "oui",
        "Identité à compléter": "",
      }),
    ]);
  });

  it("answers 404 for a certification no CQPI has", async () => {
    const error = await refusal("/api/exports/declarations.xlsx?certification=RNCP00000", 404);
    expect(error.code).toBe("CDC_CERTIFICATION_UNKNOWN");
  });
});

describe("the public timeline's export", () => {
  it("gives anyone the national timeline of the key figures", async () => {
    const rows = await csvRows("/api/exports/timeline.csv");
    expect(rows).toEqual([
      expect.objectContaining({ Année: "2025", "Attributions depuis la création": "1", Branches: "1" }),
      expect.objectContaining({ Année: "2026", "Attributions depuis la création": "3", Branches: "2" }),
    ]);
    const sheet = await xlsxRows("/api/exports/timeline.xlsx", "Chronologie", {});
    expect(sheet).toHaveLength(3);
  });
});
