import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCandidate, buildCompany, buildPathway, buildUser, signedIn } from "../test/factories.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

/** What users type finds what is stored, whatever the case and accents on either side. */

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, t.ctx, { role: "admin" });
});
afterEach(() => t.close());

const search = async (path: string, q: string) => {
  const response = await t.app.inject({
    url: `${path}?q=${encodeURIComponent(q)}`,
    headers: admin.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { id: number }[]; total: number };
};
const typed = ["lefevre", "LEFEVRE", "Lefèvre", "lefÈvre", "LÉFÈVRE"];

describe("searching candidates", () => {
  it.each(typed)("finds Lefèvre by %s, and not the others", async (q) => {
    const lefevre = await buildCandidate(t.ctx, { birthName: "Lefèvre", firstNames: ["Hélène"] });
    await buildCandidate(t.ctx, { birthName: "Martin" });
    const page = await search("/api/candidates", q);
    expect(page.items.map((c) => c.id)).toEqual([lefevre.id]);
    expect(page.total).toBe(1);
  });

  it("finds a candidate by a first name typed without its accent, by usage name and by email", async () => {
    const candidate = await buildCandidate(t.ctx, {
      birthName: "Durand",
      usageName: "Noël",
      firstNames: ["Jérôme"],
      email: "j.durand@fonderie.example",
    });
    for (const q of ["jerome", "NOEL", "fonderie.example"])
      expect((await search("/api/candidates", q)).items.map((c) => c.id)).toEqual([candidate.id]);
  });

  it("finds the employees of a company by the company's name", async () => {
    const company = await buildCompany(t.ctx, { name: "Aciéries Réunies" });
    const employee = await buildCandidate(t.ctx, {
      birthName: "Petit",
      employmentStatus: "employee",
      companyId: company.id,
    });
    await buildCandidate(t.ctx, { birthName: "Grand" });
    expect((await search("/api/candidates", "acieries reunies")).items.map((c) => c.id)).toEqual([
      employee.id,
    ]);
  });

  it("finds a candidate again after their name is corrected", async () => {
    const candidate = await buildCandidate(t.ctx, { birthName: "Lefevre" });
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/candidates/${candidate.id}`,
      headers: admin.headers,
      payload: { birthName: "Éluard" },
    });
    expect(response.statusCode).toBe(200);
    expect((await search("/api/candidates", "eluard")).total).toBe(1);
    expect((await search("/api/candidates", "lefevre")).total).toBe(0);
  });

  it("treats LIKE's wildcards as the characters typed", async () => {
    await buildCandidate(t.ctx, { birthName: "Lefèvre" });
    expect((await search("/api/candidates", "%")).total).toBe(0);
    expect((await search("/api/candidates", "le_evre")).total).toBe(0);
  });
});

describe("searching companies, pathways and accounts", () => {
  it.each(["ACIERIES", "aciéries", "Acieries Réunies"])("finds a company by %s", async (q) => {
    const company = await buildCompany(t.ctx, { name: "Aciéries Réunies" });
    await buildCompany(t.ctx, { name: "Textiles du Nord" });
    expect((await search("/api/companies", q)).items.map((c) => c.id)).toEqual([company.id]);
  });

  it.each(typed)("finds Lefèvre's pathway by %s", async (q) => {
    const pathway = await buildPathway(t.ctx, { status: "registered", candidate: { birthName: "Lefèvre" } });
    await buildPathway(t.ctx, { status: "registered", candidate: { birthName: "Martin" } });
    expect((await search("/api/pathways", q)).items.map((p) => p.id)).toEqual([pathway.id]);
  });

  it("finds a pathway by the candidate's company", async () => {
    const company = await buildCompany(t.ctx, { name: "Forges Éléonore" });
    const pathway = await buildPathway(t.ctx, {
      status: "registered",
      candidate: { birthName: "Roux", employmentStatus: "employee", companyId: company.id },
    });
    expect((await search("/api/pathways", "forges eleonore")).items.map((p) => p.id)).toEqual([pathway.id]);
  });

  it("finds an account by its name without accents and by its email in capitals", async () => {
    const user = await buildUser(t.ctx, { role: "evaluator", email: "celine.evaluatrice@test.example" });
    await t.app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { displayName: "Céline Lefèvre" },
    });
    for (const q of ["celine lefevre", "CELINE.EVALUATRICE@"])
      expect((await search("/api/users", q)).items.map((u) => u.id)).toEqual([user.id]);
  });
});
