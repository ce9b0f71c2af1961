import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildUser, signedIn } from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { medianOf } from "../../test/median.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { updateQualification } from "../catalogue/update-qualification.ts";
import { generateIssuerKey } from "../certificates/generate-issuer-key.ts";
import { issueCertificate } from "../certificates/issue-certificate.ts";
import type { Award } from "../certificates/schemas.ts";

/**
 * The dashboard's median days from registration to award and share declared within three months, for
 * the scope and filters asked: two branches whose awards differ in both, one of them partly declared to
 * the Caisse des Dépôts, each figure checked against the award facts recounted here.
 */
const CERTIFICATION = "RNCP88888";
let t: TestApp;
let branchA: string;
let branchB: string;
let admin: Record<string, string>;
let officerA: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ cdc: { clientId: "ABCD1234", contractId: "CONTRAT-01" } });
  await generateIssuerKey(t.ctx, { caller: platform });
  const actor = await buildUser(t.ctx, { role: "admin" });
  const a = await buildBranch(t.ctx);
  const b = await buildBranch(t.ctx);
  branchA = a.code;
  branchB = b.code;
  const award = async (branch: typeof a, decidedOn: string, kind: Award["kind"] = "full") => {
    const built = await buildAward(t.ctx, { branch, kind, decidedOn });
    await updateQualification(t.ctx, {
      actorUserId: actor.id,
      code: built.qualification.code,
      input: { rncpCode: CERTIFICATION },
    });
    await issueCertificate(t.ctx, { award: built, caller: platform });
  };
  // Registered on 2026-03-02 (the test clock): branch A awards soon after, branch B months later.
  await award(a, "2026-03-10");
  await award(a, "2026-03-20");
  await award(a, "2027-01-15");
  await award(b, "2026-09-01");
  await award(b, "2026-11-02");
  await award(b, "2026-12-01", "partial");
  // Branch A's two March awards declared (in time); then every other deadline passes undeclared.
  const declared = await t.app.inject({
    method: "GET",
    url: `/api/exports/cdc?certification=${CERTIFICATION}&from=2026-03-01&to=2026-03-31`,
    headers: (await signedIn(t.app, t.ctx, { role: "admin" })).headers,
  });
  expect(declared.statusCode, declared.body).toBe(200);
  expect(declared.headers["x-cqpi-declared-holders"]).toBe("2");
  t.clock.advanceMinutes(60 * 24 * 365 * 2);
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
  officerA = (await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchA] })).headers;
}, 60_000);
afterAll(() => t.close());

const get = async (url: string, headers: Record<string, string>) => {
  const response = await t.app.inject({ method: "GET", url, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** The facts of the awards a scope counts, and its two figures recounted from them. */
async function recounted(branches: string[], fromYear?: number) {
  const facts = (await t.ctx.db.selectFrom("award_facts").selectAll().execute()).filter(
    (f) => branches.includes(f.branch_code) && (fromYear === undefined || f.award_year >= fromYear),
  );
  const full = facts.filter((f) => f.kind === "full");
  const inTime = full.filter((f) => f.declared_on !== null && f.declared_on <= f.declaration_due_on);
  return {
    certificates: facts.length,
    medianRegistrationToAwardDays: medianOf(facts.map((f) => f.registration_to_award_days)),
    declaredWithinThreeMonthsShare:
      full.length === 0 ? null : Math.round((1000 * inTime.length) / full.length) / 10,
  };
}

describe("the dashboard's figures", () => {
  it("give a branch secretariat the median and the share declared in time of its own branch only", async () => {
    const own = await get("/api/observatory/figures", officerA);
    expect(own).toMatchObject({
      certificates: 3,
      // 8, 18 and 319 days after registration.
      medianRegistrationToAwardDays: 18,
      // Two of its three full awards declared in time, the third overdue.
      declaredWithinThreeMonthsShare: 66.7,
    });
    expect(own).toMatchObject(await recounted([branchA]));
    const national = await get("/api/observatory/key-figures", {});
    expect(national.medianRegistrationToAwardDays).not.toBe(own.medianRegistrationToAwardDays);
    expect(national.declaredWithinThreeMonthsShare).not.toBe(own.declaredWithinThreeMonthsShare);
  });

  it("never count another branch's awards for a branch secretariat, whatever it filters on", async () => {
    expect(await get(`/api/observatory/figures?branch=${branchB}`, officerA)).toMatchObject({
      certificates: 0,
      medianRegistrationToAwardDays: null,
      declaredWithinThreeMonthsShare: null,
    });
    expect(await get("/api/observatory/figures?fromYear=2027", officerA)).toMatchObject({
      certificates: 1,
      medianRegistrationToAwardDays: 319,
      declaredWithinThreeMonthsShare: 0,
    });
  });

  it("equal the figures recounted from the award facts for each scope of the national committee", async () => {
    const scopes: [string, string[], number?][] = [
      ["", [branchA, branchB]],
      [`?branch=${branchA}`, [branchA]],
      [`?branch=${branchB}`, [branchB]],
      [`?branch=${branchB}&fromYear=2026&toYear=2026`, [branchB], 2026],
      ["?fromYear=2027", [branchA, branchB], 2027],
    ];
    for (const [query, branches, fromYear] of scopes)
      expect(await get(`/api/observatory/figures${query}`, admin), query).toMatchObject(
        await recounted(branches, fromYear),
      );
    const { timeline: _, ...national } = await get("/api/observatory/key-figures", {});
    expect(await get("/api/observatory/figures", admin)).toEqual(national);
  });

  it("refuse a year they do not know, naming the field", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/observatory/figures?fromYear=soon",
      headers: admin,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual(["fromYear"]);
  });
});
