import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildPublishedVersion,
  buildReferentialContent,
  signedIn,
} from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let admin: Record<string, string>;
beforeEach(async () => {
  t = await createTestApp();
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
});
afterEach(() => t.close());

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A published v1 with a rich tree, then an empty v2 draft to import into. */
async function publishedWithDraft() {
  const content = buildReferentialContent({
    passRule: { kind: "criteria_percentage", minPercent: 80 },
    validity: { kind: "years", years: 5 },
  });
  content.blocks[0]!.rncpCode = "RNCP37001BC01";
  content.blocks[1]!.capacities[0]!.criteria[1]!.weight = 2.5;
  const v1 = await buildPublishedVersion(t.ctx, { content });
  const code = v1.qualificationCode;
  await t.app.inject({ method: "POST", url: `/api/qualifications/${code}/versions`, headers: admin });
  await t.app.inject({
    method: "PUT",
    url: `/api/qualifications/${code}/versions/2`,
    headers: admin,
    payload: { revision: 0, blocks: [] },
  });
  return { code, v1 };
}

describe("CASE packages", () => {
  it("exports a version and imports it back as a new draft with the same tree and rules", async () => {
    const v1 = await buildPublishedVersion(t.ctx, {
      content: buildReferentialContent({ validity: { kind: "years", years: 3 } }),
    });
    const code = v1.qualificationCode;
    const exported = await t.app.inject({ url: `/api/qualifications/${code}/versions/1/case` });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-disposition"]).toContain(`${code}-referentiel-v1.case.json`);
    const casePackage = exported.json();
    expect(casePackage.CFDocument).toBeDefined();

    const imported = await t.app.inject({
      method: "POST",
      url: `/api/qualifications/${code}/versions/import-case`,
      headers: admin,
      payload: casePackage,
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({
      version: 2,
      status: "draft",
      blocks: v1.blocks,
      passRule: v1.passRule,
      validity: v1.validity,
    });
  });

  it("refuses a broken package, listing its problems, and creates no draft", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/qualifications/${v1.qualificationCode}/versions/import-case`,
      headers: admin,
      payload: { CFDocument: {}, CFItems: [{ identifier: "x" }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("IMPORT_FAILED");
    expect(Object.keys(response.json().error.fields).length).toBeGreaterThan(0);
    expect(
      (
        await t.app.inject({ url: `/api/qualifications/${v1.qualificationCode}/versions`, headers: admin })
      ).json().items,
    ).toHaveLength(1);
  });
});

describe("CSV and XLSX grids", () => {
  it("round-trips a version through CSV into a draft", async () => {
    const { code, v1 } = await publishedWithDraft();
    const csv = await t.app.inject({ url: `/api/qualifications/${code}/versions/1/grid.csv` });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const imported = await t.app.inject({
      method: "PUT",
      url: `/api/qualifications/${code}/versions/2/grid?revision=1`,
      headers: { ...admin, "content-type": "text/csv" },
      payload: csv.rawPayload,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ revision: 2, blocks: v1.blocks });
  });

  it("heads the grid in French with the methods in words, and in codes with ?headers=codes", async () => {
    const { code } = await publishedWithDraft();
    const firstLines = async (query: string) => {
      const response = await t.app.inject({ url: `/api/qualifications/${code}/versions/1/grid.csv${query}` });
      expect(response.statusCode).toBe(200);
      return response.body
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .slice(0, 3);
    };
    const [french, , frenchRow] = await firstLines("");
    expect(french).toBe(
      "Code du bloc;Bloc de compétences;Code RNCP du bloc;Code de la capacité;Capacité professionnelle;" +
        "Conditions de réalisation;Méthodes d'évaluation;Code du résultat attendu;Résultat attendu;Coefficient",
    );
    expect(frenchRow).toContain(";observation en situation de travail|entretien;");
    const [codes, , codesRow] = await firstLines("?headers=codes");
    expect(codes).toBe(
      "bloc_code;bloc_title;bloc_rncp_code;capacity_code;capacity_title;capacity_conditions;" +
        "capacity_methods;criterion_code;criterion_indicator;criterion_weight",
    );
    expect(codesRow).toContain(";observation|interview;");

    const xlsx = await t.app.inject({
      url: `/api/qualifications/${code}/versions/1/grid.xlsx?headers=codes`,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).text).toBe("bloc_code");
    const refused = await t.app.inject({ url: `/api/qualifications/${code}/versions/1/grid.csv?headers=fr` });
    expect(refused.statusCode).toBe(400);
  });

  it("round-trips a version through the grid headed with codes", async () => {
    const { code, v1 } = await publishedWithDraft();
    for (const [format, type, revision] of [
      ["csv", "text/csv", 1],
      ["xlsx", XLSX, 2],
    ] as const) {
      const file = await t.app.inject({
        url: `/api/qualifications/${code}/versions/1/grid.${format}?headers=codes`,
      });
      const imported = await t.app.inject({
        method: "PUT",
        url: `/api/qualifications/${code}/versions/2/grid?revision=${revision}`,
        headers: { ...admin, "content-type": type },
        payload: file.rawPayload,
      });
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toMatchObject({ revision: revision + 1, blocks: v1.blocks });
    }
  });

  it("round-trips a version through XLSX into a draft", async () => {
    const { code, v1 } = await publishedWithDraft();
    const xlsx = await t.app.inject({ url: `/api/qualifications/${code}/versions/1/grid.xlsx` });
    expect(xlsx.headers["content-type"]).toBe(XLSX);
    const imported = await t.app.inject({
      method: "PUT",
      url: `/api/qualifications/${code}/versions/2/grid?revision=1`,
      headers: { ...admin, "content-type": XLSX },
      payload: xlsx.rawPayload,
    });
    expect(imported.json()).toMatchObject({ blocks: v1.blocks });
  });

  it("refuses a grid with a bad row, naming row and column, and leaves the draft unchanged", async () => {
    const { code } = await publishedWithDraft();
    const csv = (await t.app.inject({ url: `/api/qualifications/${code}/versions/1/grid.csv` })).body;
    const lines = csv.split(/\r?\n/);
    lines[2] = lines[2]!.replace("observation en situation de travail|entretien", "observation|danse");
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/qualifications/${code}/versions/2/grid?revision=1`,
      headers: { ...admin, "content-type": "text/csv" },
      payload: lines.join("\n"),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("IMPORT_FAILED");
    expect(response.json().error.fields).toEqual({
      "row 3, capacity_methods": expect.objectContaining({
        code: "UNKNOWN_METHOD",
        params: { method: "danse", options: expect.any(Array), row: 3, column: "capacity_methods" },
      }),
    });
    expect(
      (await t.app.inject({ url: `/api/qualifications/${code}/versions/2`, headers: admin })).json(),
    ).toMatchObject({ revision: 1, blocks: [] });
  });

  it("refuses to import into a published version", async () => {
    const { code } = await publishedWithDraft();
    const csv = await t.app.inject({ url: `/api/qualifications/${code}/versions/1/grid.csv` });
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/qualifications/${code}/versions/1/grid?revision=0`,
      headers: { ...admin, "content-type": "text/csv" },
      payload: csv.rawPayload,
    });
    expect(response.json().error.code).toBe("VERSION_NOT_EDITABLE");
  });
});

describe("printable referential", () => {
  it("renders a version and a branch's applied referential as PDF", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const pdf = await t.app.inject({
      url: `/api/qualifications/${v1.qualificationCode}/versions/1/referential.pdf`,
    });
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe("%PDF");

    const branch = await buildBranch(t.ctx);
    await t.app.inject({
      method: "POST",
      url: `/api/branches/${branch.code}/qualifications/${v1.qualificationCode}/adoptions`,
      headers: admin,
      payload: { version: 1, decisionDate: "2014-01-10", agreementReference: "CPNE 2014-1" },
    });
    const applied = await t.app.inject({
      url: `/api/branches/${branch.code}/qualifications/${v1.qualificationCode}/referential.pdf`,
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
  });
});
