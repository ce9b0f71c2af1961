import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildQualification, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe("public catalogue", () => {
  it("lists branches and CQPIs with who operates what, without login", async () => {
    await buildBranch(t.ctx, { code: "UIMM", name: "Métallurgie", charterAdhesionDate: "2006-01-17" });
    await buildBranch(t.ctx, { code: "LEEM", name: "Médicament" });
    await buildQualification(t.ctx, { code: "CEI", title: "Conducteur d'Équipements Industriels" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    await t.app.inject({
      method: "PUT",
      url: "/api/branches/UIMM/qualifications/CEI",
      headers: admin.headers,
      payload: { operatedSince: "2006-02-01" },
    });

    const branches = await t.app.inject({ url: "/api/branches?q=métal" });
    expect(branches.json()).toMatchObject({ total: 1, items: [{ code: "UIMM", qualificationCount: 1 }] });
    const branch = await t.app.inject({ url: "/api/branches/UIMM" });
    expect(branch.json()).toMatchObject({
      charterAdhesionDate: "2006-01-17",
      qualifications: [
        { code: "CEI", title: "Conducteur d'Équipements Industriels", operatedSince: "2006-02-01", note: "" },
      ],
    });
    const cqpi = await t.app.inject({ url: "/api/qualifications/CEI" });
    expect(cqpi.json()).toMatchObject({ branchCount: 1, branches: [{ code: "UIMM", name: "Métallurgie" }] });
  });

  it("finds accented text whatever its case, on both databases", async () => {
    await buildQualification(t.ctx, { code: "CEI", title: "Conducteur d'Équipements Industriels" });
    await buildQualification(t.ctx, { code: "AE", title: "Animateur d'équipe" });
    const found = await t.app.inject({ url: `/api/qualifications?q=${encodeURIComponent("ÉQUIPE")}` });
    expect(
      found
        .json()
        .items.map((q: { code: string }) => q.code)
        .sort(),
    ).toEqual(["AE", "CEI"]);
  });

  it("paginates with a total", async () => {
    for (let i = 0; i < 5; i++) await buildQualification(t.ctx);
    const page = await t.app.inject({ url: "/api/qualifications?limit=2&offset=4" });
    expect(page.json().total).toBe(5);
    expect(page.json().items).toHaveLength(1);
  });

  it("answers 404 with a code for an unknown branch or CQPI", async () => {
    expect((await t.app.inject({ url: "/api/branches/NOPE" })).json().error.code).toBe("BRANCH_NOT_FOUND");
    expect((await t.app.inject({ url: "/api/qualifications/NOPE" })).statusCode).toBe(404);
  });
});

describe("editing the catalogue", () => {
  it("lets a branch officer edit their own branch but not another", async () => {
    const own = await buildBranch(t.ctx);
    const other = await buildBranch(t.ctx);
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [own.code] });
    const ok = await t.app.inject({
      method: "PATCH",
      url: `/api/branches/${own.code}`,
      headers: officer.headers,
      payload: { description: "CPNE du 12 mars" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().description).toBe("CPNE du 12 mars");
    const refused = await t.app.inject({
      method: "PATCH",
      url: `/api/branches/${other.code}`,
      headers: officer.headers,
      payload: { description: "x" },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("NOT_YOUR_BRANCH");
    expect((await t.app.inject({ url: `/api/branches/${other.code}` })).json().description).toBe("");
  });

  it("records each change in the audit log with before and after", async () => {
    const branch = await buildBranch(t.ctx, { name: "Avant" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    await t.app.inject({
      method: "PATCH",
      url: `/api/branches/${branch.code}`,
      headers: admin.headers,
      payload: { name: "Après" },
    });
    const audit = await t.app.inject({
      url: `/api/audit?entityType=branch&entityId=${branch.code}&action=branch.update`,
      headers: admin.headers,
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        actor: { id: admin.user.id, email: admin.user.email },
        before: expect.objectContaining({ name: "Avant" }),
        after: expect.objectContaining({ name: "Après" }),
      }),
    ]);
  });

  it("refuses a duplicate code", async () => {
    await buildQualification(t.ctx, { code: "CEI" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const response = await t.app.inject({
      method: "POST",
      url: "/api/qualifications",
      headers: admin.headers,
      payload: { code: "CEI", title: "Autre" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("QUALIFICATION_CODE_TAKEN");
  });

  it("adds and removes a branch operating a CQPI", async () => {
    const branch = await buildBranch(t.ctx);
    const cqpi = await buildQualification(t.ctx);
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const url = `/api/branches/${branch.code}/qualifications/${cqpi.code}`;
    expect(
      (await t.app.inject({ method: "PUT", url, headers: admin.headers, payload: { note: "CPNE 2012" } }))
        .statusCode,
    ).toBe(201);
    expect(
      (await t.app.inject({ method: "PUT", url, headers: admin.headers, payload: { note: "CPNE 2013" } }))
        .statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: `/api/qualifications/${cqpi.code}` })).json().branches[0].note).toBe(
      "CPNE 2013",
    );
    expect((await t.app.inject({ method: "DELETE", url, headers: admin.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: "DELETE", url, headers: admin.headers })).json().error.code).toBe(
      "OPERATION_NOT_FOUND",
    );
    expect((await t.app.inject({ url: `/api/qualifications/${cqpi.code}` })).json().branches).toEqual([]);
  });
});

describe("charter adhesion in the catalogue", () => {
  it("keeps the adhesion date out of a branch's edit: sent unchanged it is ignored, changed it is refused", async () => {
    const branch = await buildBranch(t.ctx, { charterAdhesionDate: "2009-07-01" });
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const edit = (headers: Record<string, string>, payload: object) =>
      t.app.inject({ method: "PATCH", url: `/api/branches/${branch.code}`, headers, payload });
    for (const who of [officer, admin]) {
      for (const charterAdhesionDate of ["2001-01-01", null]) {
        const refused = await edit(who.headers, { description: "Nouvelle", charterAdhesionDate });
        expect(refused.statusCode).toBe(400);
        expect(refused.json().error).toMatchObject({
          code: "VALIDATION_FAILED",
          fields: { charterAdhesionDate: { code: "SET_BY_ADHESION_DECISION" } },
        });
      }
    }
    const shown = await t.app.inject({ url: `/api/branches/${branch.code}` });
    expect(shown.json()).toMatchObject({ charterAdhesionDate: "2009-07-01", description: "" });
    const unchanged = await edit(officer.headers, { description: "CPNE", charterAdhesionDate: "2009-07-01" });
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json()).toMatchObject({ charterAdhesionDate: "2009-07-01", description: "CPNE" });
  });

  it("refuses to record a branch operating a CQPI before it adhered, as an adoption is refused", async () => {
    const never = await buildBranch(t.ctx, { charterAdhesionDate: null });
    const late = await buildBranch(t.ctx, { charterAdhesionDate: "2012-09-01" });
    const cqpi = await buildQualification(t.ctx);
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const operate = (branchCode: string, payload: object) =>
      t.app.inject({
        method: "PUT",
        url: `/api/branches/${branchCode}/qualifications/${cqpi.code}`,
        headers: admin.headers,
        payload,
      });
    const notAdhered = await operate(never.code, { note: "" });
    expect(notAdhered.statusCode).toBe(409);
    expect(notAdhered.json().error).toMatchObject({
      code: "BRANCH_NOT_ADHERED",
      params: { branchCode: never.code },
    });
    const before = await operate(late.code, { operatedSince: "2012-08-31" });
    expect(before.json().error).toMatchObject({
      code: "BRANCH_NOT_ADHERED",
      params: { branchCode: late.code, decisionDate: "2012-08-31", adheredOn: "2012-09-01" },
    });
    expect((await t.app.inject({ url: `/api/qualifications/${cqpi.code}` })).json().branches).toEqual([]);
    expect((await operate(late.code, { operatedSince: "2012-09-01" })).statusCode).toBe(201);
    expect((await operate(late.code, { operatedSince: "2012-01-01" })).statusCode).toBe(409);
  });
});

describe("bad input", () => {
  let headers: Record<string, string>;
  beforeEach(async () => {
    headers = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
  });
  const countBranches = async () => (await t.ctx.db.selectFrom("branches").select("id").execute()).length;

  it.each([
    {
      case: "missing fields",
      payload: { code: "NEW" },
      fields: { name: { code: "REQUIRED" }, federation: { code: "REQUIRED" } },
    },
    {
      case: "an unknown field",
      payload: { code: "NEW", name: "N", federation: "F", colour: "red" },
      fields: { colour: { code: "UNKNOWN_FIELD" } },
    },
    {
      case: "a wrong type",
      payload: { code: "NEW", name: "N", federation: "F", isPartner: "yes" },
      fields: { isPartner: { code: "INVALID_TYPE", params: { expected: "boolean" } } },
    },
    {
      case: "a malformed date",
      payload: { code: "NEW", name: "N", federation: "F", charterAdhesionDate: "17/01/2006" },
      fields: { charterAdhesionDate: { code: "INVALID_FORMAT", params: { format: "date" } } },
    },
    {
      case: "a bad code",
      payload: { code: "new branch", name: "N", federation: "F" },
      fields: { code: { code: "INVALID_FORMAT", params: { format: "catalogue_code" } } },
    },
    {
      case: "an oversized field",
      payload: { code: "NEW", name: "N".repeat(201), federation: "F" },
      fields: { name: { code: "TOO_LONG", params: { max: 200 }, message: "must be at most 200 characters" } },
    },
  ])("refuses $case with 400 naming the fields, and writes nothing", async ({ payload, fields }) => {
    const before = await countBranches();
    const response = await t.app.inject({ method: "POST", url: "/api/branches", headers, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields });
    expect(await countBranches()).toBe(before);
  });

  it("refuses malformed JSON", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/branches",
      headers: { ...headers, "content-type": "application/json" },
      payload: '{"code": "NEW",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "MALFORMED_JSON",
      fields: { body: { code: "MALFORMED_JSON" } },
    });
  });

  it("refuses an oversized body", async () => {
    const payload = JSON.stringify({
      code: "NEW",
      name: "N",
      federation: "F",
      description: "x".repeat(2 * 1024 * 1024),
    });
    const response = await t.app.inject({
      method: "POST",
      url: "/api/branches",
      headers: { ...headers, "content-type": "application/json" },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      fields: { body: { code: "BODY_TOO_LARGE" } },
    });
    expect(await countBranches()).toBe(0);
  });

  it("refuses a bad query parameter naming it", async () => {
    const response = await t.app.inject({ url: "/api/branches?limit=5000" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      limit: expect.objectContaining({ code: "TOO_BIG", params: { max: 200, inclusive: true } }),
    });
  });

  it("leaves no partial write when the audit record cannot be written", async () => {
    await t.ctx.db.schema.dropTable("audit_head").execute();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/branches",
      headers,
      payload: { code: "NEW", name: "N", federation: "F" },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe("INTERNAL_ERROR");
    expect(await countBranches()).toBe(0);
  });
});
