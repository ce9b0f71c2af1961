import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, buildSiret, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const countCompanies = async () => (await t.ctx.db.selectFrom("companies").select("id").execute()).length;
const post = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: "POST", url: "/api/companies", headers, payload });

describe("registering a company", () => {
  it("registers a company with its SIRET and branch, and audits it", async () => {
    const branch = await buildBranch(t.ctx, { code: "UIMM" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const response = await post(admin.headers, {
      name: "IBM France",
      siret: "73282932000074",
      branchCode: "UIMM",
    });
    expect(response.statusCode).toBe(201);
    const company = response.json();
    expect(company).toEqual({
      id: expect.any(Number),
      name: "IBM France",
      siret: "73282932000074",
      branchCode: branch.code,
    });
    const audit = await t.app.inject({
      url: `/api/audit?entityType=company&entityId=${company.id}&action=company.create`,
      headers: admin.headers,
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({ actor: { id: admin.user.id, email: admin.user.email }, after: company }),
    ]);
  });

  it.each([
    {
      case: "a SIRET with a wrong check digit",
      siret: "73282932000075",
      problem: { code: "SIRET_CHECKSUM" },
    },
    {
      case: "a SIRET of 13 digits",
      siret: "7328293200007",
      problem: { code: "INVALID_FORMAT", params: { format: "siret" } },
    },
    {
      case: "a SIRET with spaces",
      siret: "732 829 320 00074",
      problem: { code: "INVALID_FORMAT", params: { format: "siret" } },
    },
  ])("refuses $case with 400 naming the field, and writes nothing", async ({ siret, problem }) => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const before = await countCompanies();
    const response = await post(admin.headers, { name: "X", siret });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { siret: problem },
    });
    expect(await countCompanies()).toBe(before);
  });

  it("refuses a SIRET already registered", async () => {
    await buildCompany(t.ctx, { siret: "73282932000074" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const response = await post(admin.headers, { name: "Doublon", siret: "73282932000074" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: "SIRET_TAKEN",
      fields: { siret: { code: "ALREADY_USED" } },
    });
    expect(await countCompanies()).toBe(1);
  });

  it("refuses an unknown branch, naming the field", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const response = await post(admin.headers, { name: "X", siret: buildSiret(), branchCode: "NOPE" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      branchCode: { code: "UNKNOWN_REFERENCE", params: { value: "NOPE" }, message: "unknown branch" },
    });
  });

  it("lets a branch officer register companies in their own branches only", async () => {
    const own = await buildBranch(t.ctx);
    const other = await buildBranch(t.ctx);
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [own.code] });
    const ok = await post(officer.headers, { name: "Chez nous", siret: buildSiret(), branchCode: own.code });
    expect(ok.statusCode).toBe(201);
    for (const branchCode of [other.code, null, "NOPE"]) {
      const refused = await post(officer.headers, { name: "Ailleurs", siret: buildSiret(), branchCode });
      expect(refused.statusCode, String(branchCode)).toBe(403);
      expect(refused.json().error.code).toBe("NOT_YOUR_BRANCH");
    }
    expect(await countCompanies()).toBe(1);
  });
});

describe("seeing companies", () => {
  it("shows a branch officer the companies of their branches only, and hides the others", async () => {
    const own = await buildBranch(t.ctx);
    const other = await buildBranch(t.ctx);
    const mine = await buildCompany(t.ctx, { name: "Fonderie du Nord", branchCode: own.code });
    const theirs = await buildCompany(t.ctx, { name: "Fonderie du Sud", branchCode: other.code });
    await buildCompany(t.ctx, { name: "Fonderie sans branche" });
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [own.code] });

    const list = await t.app.inject({ url: "/api/companies?q=fonderie", headers: officer.headers });
    expect(list.json()).toEqual({ total: 1, items: [mine] });
    expect(
      (await t.app.inject({ url: `/api/companies/${mine.id}`, headers: officer.headers })).json(),
    ).toEqual(mine);
    const hidden = await t.app.inject({ url: `/api/companies/${theirs.id}`, headers: officer.headers });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe("COMPANY_NOT_FOUND");
  });

  it("shows an employer their own company only", async () => {
    const own = await buildCompany(t.ctx);
    const other = await buildCompany(t.ctx);
    const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId: own.id });
    expect((await t.app.inject({ url: "/api/companies", headers: employer.headers })).json()).toEqual({
      total: 1,
      items: [own],
    });
    expect(
      (await t.app.inject({ url: `/api/companies/${other.id}`, headers: employer.headers })).statusCode,
    ).toBe(404);
  });

  it("shows the admin every company, searched by name or SIRET and paginated", async () => {
    await buildCompany(t.ctx, { name: "Alpha" });
    const beta = await buildCompany(t.ctx, { name: "Beta", siret: "55208131766522" });
    await buildCompany(t.ctx, { name: "Gamma" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const page = await t.app.inject({ url: "/api/companies?limit=2&offset=2", headers: admin.headers });
    expect(page.json().total).toBe(3);
    expect(page.json().items.map((c: { name: string }) => c.name)).toEqual(["Gamma"]);
    const bySiret = await t.app.inject({ url: "/api/companies?q=5520813", headers: admin.headers });
    expect(bySiret.json()).toEqual({ total: 1, items: [beta] });
    expect((await t.app.inject({ url: "/api/companies/999999", headers: admin.headers })).statusCode).toBe(
      404,
    );
  });
});
