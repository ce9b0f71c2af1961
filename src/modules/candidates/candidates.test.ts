import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildCandidate,
  buildCandidateInput,
  buildCompany,
  buildUser,
  signedIn,
} from "../../test/factories.ts";
import { fieldCodes } from "../../test/field-codes.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, t.ctx, { role: "admin" });
});
afterEach(() => t.close());

const identity = buildCandidateInput({ birthName: "Dupont", firstNames: ["Jean", "Pierre"], sex: "M" });
const countCandidates = async () => (await t.ctx.db.selectFrom("candidates").select("id").execute()).length;
const post = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: "POST", url: "/api/candidates", headers, payload });
const patch = (headers: Record<string, string>, id: number, payload: object) =>
  t.app.inject({ method: "PATCH", url: `/api/candidates/${id}`, headers, payload });
const auditOf = async (id: number, action: string) =>
  (
    await t.app.inject({
      url: `/api/audit?entityType=candidate&entityId=${id}&action=${action}`,
      headers: admin.headers,
    })
  ).json().items;

describe("registering a candidate", () => {
  it("registers an employee with the identity the declaration needs, and audits it", async () => {
    const company = await buildCompany(t.ctx, { name: "Fonderie Martin" });
    const response = await post(admin.headers, {
      ...identity,
      birthInseeCode: "2A004",
      hasPriorCertification: true,
      usageName: "Durand",
      employmentStatus: "employee",
      companyId: company.id,
      email: "Jean.Dupont@Example.org",
      phone: "+33 6 12 34 56 78",
    });
    expect(response.statusCode).toBe(201);
    const candidate = response.json();
    expect(candidate).toMatchObject({
      displayName: "Jean DURAND",
      birthName: "Dupont",
      firstNames: ["Jean", "Pierre"],
      birthInseeCode: "2A004",
      birthPostalCode: null,
      email: "jean.dupont@example.org",
      companyId: company.id,
      companyName: "Fonderie Martin",
      hasPriorCertification: true,
      userId: null,
      createdAt: t.clock.now().toISOString(),
    });
    const row = await t.ctx.db.selectFrom("candidates").selectAll().executeTakeFirstOrThrow();
    expect(row.first_names_json).toBe('["Jean","Pierre"]');
    expect(await auditOf(candidate.id, "candidate.create")).toEqual([
      expect.objectContaining({
        actor: { id: admin.user.id, email: admin.user.email },
        before: null,
        after: candidate,
      }),
    ]);
  });

  it("lets an employer register their own employees only, their company by default", async () => {
    const own = await buildCompany(t.ctx, { name: "Chez nous" });
    const other = await buildCompany(t.ctx);
    const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId: own.id });
    // Leaving the company out registers the employer's own employee.
    const ok = await post(employer.headers, {
      ...identity,
      employmentStatus: "employee",
      companyId: undefined,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ companyId: own.id, companyName: "Chez nous" });

    for (const change of [
      { employmentStatus: "employee", companyId: other.id },
      { employmentStatus: "temporary_worker", companyId: 999 },
      { employmentStatus: "job_seeker" },
    ]) {
      const refused = await post(employer.headers, { ...identity, ...change });
      expect(refused.statusCode, JSON.stringify(change)).toBe(403);
      expect(refused.json().error.code).toBe("NOT_YOUR_COMPANY");
    }
    expect(await countCandidates()).toBe(1);
  });

  it("lets a branch officer register for companies of their branches, or job seekers", async () => {
    const own = await buildBranch(t.ctx);
    const other = await buildBranch(t.ctx);
    const ownCompany = await buildCompany(t.ctx, { branchCode: own.code });
    const otherCompany = await buildCompany(t.ctx, { branchCode: other.code });
    const noBranch = await buildCompany(t.ctx);
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [own.code] });
    expect((await post(officer.headers, identity)).statusCode).toBe(201);
    const employee = { ...identity, employmentStatus: "employee" };
    expect((await post(officer.headers, { ...employee, companyId: ownCompany.id })).statusCode).toBe(201);
    for (const companyId of [otherCompany.id, noBranch.id, 999]) {
      const refused = await post(officer.headers, { ...employee, companyId });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe("NOT_YOUR_BRANCH");
    }
    expect(await countCandidates()).toBe(2);
  });
});

describe("the candidate's own account", () => {
  it("links a candidate account once, and shows the candidate their own record", async () => {
    const account = await signedIn(t.app, t.ctx, { role: "candidate" });
    const created = await post(admin.headers, { ...identity, userId: account.user.id });
    expect(created.statusCode).toBe(201);
    const me = await t.app.inject({ url: "/api/me/candidate", headers: account.headers });
    expect(me.json()).toEqual(created.json());

    const again = await post(admin.headers, { ...identity, birthName: "Autre", userId: account.user.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("CANDIDATE_ACCOUNT_TAKEN");
    const employerAccount = await buildUser(t.ctx, { role: "employer" });
    const wrongRole = await post(admin.headers, { ...identity, userId: employerAccount.id });
    expect(fieldCodes(wrongRole.json().error)).toEqual({ userId: "NOT_A_CANDIDATE_ACCOUNT" });
    expect(await countCandidates()).toBe(1);
  });

  it("answers 404 to a candidate account with no record", async () => {
    const account = await signedIn(t.app, t.ctx, { role: "candidate" });
    const me = await t.app.inject({ url: "/api/me/candidate", headers: account.headers });
    expect(me.statusCode).toBe(404);
    expect(me.json().error.code).toBe("CANDIDATE_NOT_FOUND");
  });
});

describe("changing a candidate", () => {
  it("changes the fields given, keeps the others, and audits before and after", async () => {
    const candidate = await buildCandidate(t.ctx, { birthName: "Martin", firstNames: ["Léa"] });
    const response = await patch(admin.headers, candidate.id, {
      usageName: "Bernard",
      phone: "01 23 45 67 89",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      displayName: "Léa BERNARD",
      birthName: "Martin",
      birthInseeCode: "75056",
      phone: "01 23 45 67 89",
    });
    expect(await auditOf(candidate.id, "candidate.update")).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ usageName: null, phone: null }),
        after: expect.objectContaining({ usageName: "Bernard", phone: "01 23 45 67 89" }),
      }),
    ]);
  });

  it("checks the rules on the record as it would become", async () => {
    const candidate = await buildCandidate(t.ctx);
    const both = await patch(admin.headers, candidate.id, { birthPostalCode: "75001" });
    expect(fieldCodes(both.json().error)).toEqual({ birthPostalCode: "BIRTHPLACE_BOTH_CODES" });
    const noCompany = await patch(admin.headers, candidate.id, { employmentStatus: "employee" });
    expect(noCompany.json().error.fields).toEqual({
      companyId: expect.objectContaining({ code: "COMPANY_REQUIRED", params: { status: "employee" } }),
    });
    const switched = await patch(admin.headers, candidate.id, {
      birthInseeCode: null,
      birthPostalCode: "75001",
    });
    expect(switched.json()).toMatchObject({ birthInseeCode: null, birthPostalCode: "75001" });
  });

  it("lets an employer change their own employees only, and keep them in their company", async () => {
    const own = await buildCompany(t.ctx);
    const other = await buildCompany(t.ctx);
    const mine = await buildCandidate(t.ctx, { companyId: own.id });
    const theirs = await buildCandidate(t.ctx, { companyId: other.id });
    const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId: own.id });
    expect((await patch(employer.headers, mine.id, { hasPriorCertification: true })).statusCode).toBe(200);
    const hidden = await patch(employer.headers, theirs.id, { hasPriorCertification: true });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe("CANDIDATE_NOT_FOUND");
    const moved = await patch(employer.headers, mine.id, { companyId: other.id });
    expect(moved.json().error.code).toBe("NOT_YOUR_COMPANY");
    const row = await t.ctx.db
      .selectFrom("candidates")
      .selectAll()
      .where("id", "=", mine.id)
      .executeTakeFirst();
    expect(row).toMatchObject({ company_id: own.id, has_prior_certification: 1 });
  });
});
