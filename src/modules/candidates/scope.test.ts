import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildCandidate,
  buildCompany,
  buildPublishedVersion,
  buildUser,
  logInAs,
} from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import type { Role } from "../accounts/roles.ts";

/**
 * Two branches, A and B. Candidates: an employee of a company of A, an employee of a company of B, a
 * job seeker with a pathway in A (assigned to one evaluator), a job seeker linked to an account, and an
 * employee of a company of B with a pathway in A (A sees them, B's secretariat keeps their record).
 */
let t: TestApp;
const ids: Record<"inA" | "inB" | "seekerWithPathwayInA" | "withAccount" | "inBWithPathwayInA", number> = {
  inA: 0,
  inB: 0,
  seekerWithPathwayInA: 0,
  withAccount: 0,
  inBWithPathwayInA: 0,
};
const accounts = { linked: 0, free: 0, employer: 0 };
const headers = new Map<string, Record<string, string>>();

async function insertPathway(candidateId: number, branchId: number, evaluatorUserId: number) {
  const published = await buildPublishedVersion(t.ctx);
  const version = await t.ctx.db
    .selectFrom("referential_versions")
    .innerJoin("qualifications", "qualifications.id", "referential_versions.qualification_id")
    .select(["referential_versions.id", "referential_versions.qualification_id"])
    .where("qualifications.code", "=", published.qualificationCode)
    .where("referential_versions.version", "=", published.version)
    .executeTakeFirstOrThrow();
  const at = t.clock.now().toISOString();
  await t.ctx.db
    .insertInto("pathways")
    .values({
      candidate_id: candidateId,
      branch_id: branchId,
      qualification_id: version.qualification_id,
      version_id: version.id,
      adoption_id: null,
      route: "training",
      status: "registered",
      evaluator_user_id: evaluatorUserId,
      registered_on: at.slice(0, 10),
      status_changed_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function signIn(name: string, options: { role: Role; branchCodes?: string[]; companyId?: number }) {
  const user = await buildUser(t.ctx, options);
  headers.set(name, await logInAs(t.app, user.email));
  return user;
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildBranch(t.ctx);
  const b = await buildBranch(t.ctx);
  const companyA = await buildCompany(t.ctx, { branchCode: a.code });
  const companyB = await buildCompany(t.ctx, { branchCode: b.code });
  const account = await signIn("candidate", { role: "candidate" });
  accounts.linked = account.id;
  accounts.free = (await signIn("other candidate", { role: "candidate" })).id;
  ids.inA = (await buildCandidate(t.ctx, { birthName: "Alpha", companyId: companyA.id })).id;
  ids.inB = (await buildCandidate(t.ctx, { birthName: "Bravo", companyId: companyB.id })).id;
  ids.seekerWithPathwayInA = (await buildCandidate(t.ctx, { birthName: "Charlie" })).id;
  ids.withAccount = (await buildCandidate(t.ctx, { birthName: "Delta", userId: account.id })).id;
  ids.inBWithPathwayInA = (await buildCandidate(t.ctx, { birthName: "Echo", companyId: companyB.id })).id;

  await signIn("admin", { role: "admin" });
  await signIn("officer of A", { role: "branch_officer", branchCodes: [a.code] });
  await signIn("officer of B", { role: "branch_officer", branchCodes: [b.code] });
  accounts.employer = (await signIn("employer of A", { role: "employer", companyId: companyA.id })).id;
  await signIn("employer of B", { role: "employer", companyId: companyB.id });
  const assigned = await signIn("assigned evaluator", { role: "evaluator" });
  await signIn("other evaluator", { role: "evaluator" });
  await signIn("jury member", { role: "jury_member" });
  const branchA = await t.ctx.db
    .selectFrom("branches")
    .select("id")
    .where("code", "=", a.code)
    .executeTakeFirstOrThrow();
  await insertPathway(ids.seekerWithPathwayInA, branchA.id, assigned.id);
  await insertPathway(ids.inBWithPathwayInA, branchA.id, assigned.id);
});
afterAll(() => t.close());

const as = (name: string) => headers.get(name)!;
const listedBy = async (name: string) =>
  (await t.app.inject({ url: "/api/candidates", headers: as(name) }))
    .json()
    .items.map((c: { id: number }) => c.id);

describe("who sees which candidate", () => {
  it.each([
    { who: "admin", sees: ["inA", "inB", "seekerWithPathwayInA", "withAccount", "inBWithPathwayInA"] },
    { who: "officer of A", sees: ["inA", "seekerWithPathwayInA", "inBWithPathwayInA"] },
    { who: "officer of B", sees: ["inB", "inBWithPathwayInA"] },
    { who: "employer of A", sees: ["inA"] },
    { who: "employer of B", sees: ["inB", "inBWithPathwayInA"] },
    { who: "assigned evaluator", sees: ["seekerWithPathwayInA", "inBWithPathwayInA"] },
    { who: "other evaluator", sees: [] },
    { who: "candidate", sees: ["withAccount"] },
    { who: "other candidate", sees: [] },
  ] as const)("$who lists exactly $sees, and gets 404 for every other", async ({ who, sees }) => {
    const visible = sees.map((name) => ids[name]);
    expect((await listedBy(who)).sort()).toEqual([...visible].sort());
    for (const [name, id] of Object.entries(ids)) {
      const response = await t.app.inject({ url: `/api/candidates/${id}`, headers: as(who) });
      if (visible.includes(id)) {
        expect(response.statusCode, name).toBe(200);
        expect(response.json().id).toBe(id);
      } else {
        expect(response.statusCode, name).toBe(404);
        expect(response.json().error.code).toBe("CANDIDATE_NOT_FOUND");
      }
    }
  });

  it("answers an unknown id exactly as a hidden one", async () => {
    const unknown = await t.app.inject({ url: "/api/candidates/999999", headers: as("officer of B") });
    const hidden = await t.app.inject({ url: `/api/candidates/${ids.inA}`, headers: as("officer of B") });
    expect([unknown.statusCode, unknown.json()]).toEqual([hidden.statusCode, hidden.json()]);
  });

  it("refuses the list to a jury member until the jury work opens it", async () => {
    const response = await t.app.inject({ url: "/api/candidates", headers: as("jury member") });
    expect(response.statusCode).toBe(403);
  });

  it("lets a branch officer change a candidate they see through a pathway only", async () => {
    const ok = await t.app.inject({
      method: "PATCH",
      url: `/api/candidates/${ids.seekerWithPathwayInA}`,
      headers: as("officer of A"),
      payload: { birthCity: "Lyon" },
    });
    expect(ok.json()).toMatchObject({ birthCity: "Lyon" });
    const hidden = await t.app.inject({
      method: "PATCH",
      url: `/api/candidates/${ids.seekerWithPathwayInA}`,
      headers: as("officer of B"),
      payload: { birthCity: "Nice" },
    });
    expect(hidden.statusCode).toBe(404);
  });

  it("searches names within the scope", async () => {
    const search = async (who: string, q: string) =>
      (await t.app.inject({ url: `/api/candidates?q=${q}`, headers: as(who) })).json();
    expect(await search("admin", "bravo")).toMatchObject({ total: 1, items: [{ id: ids.inB }] });
    expect(await search("officer of A", "bravo")).toEqual({ total: 0, items: [] });
    expect((await search("admin", "camille")).total).toBe(5);
  });
});

describe("who edits which candidate (the write scope, apart from the read scope)", () => {
  const edit = (who: string, id: number, payload: object) =>
    t.app.inject({ method: "PATCH", url: `/api/candidates/${id}`, headers: as(who), payload });

  it.each([
    { who: "admin", edits: ["inA", "inB", "seekerWithPathwayInA", "withAccount", "inBWithPathwayInA"] },
    { who: "officer of A", edits: ["inA", "seekerWithPathwayInA"] },
    { who: "officer of B", edits: ["inB", "inBWithPathwayInA"] },
    { who: "employer of A", edits: ["inA"] },
    { who: "employer of B", edits: ["inB", "inBWithPathwayInA"] },
  ] as const)(
    "$who edits exactly $edits among those they see, as each record says",
    async ({ who, edits }) => {
      const editable: number[] = edits.map((name) => ids[name]);
      for (const [name, id] of Object.entries(ids)) {
        const read = await t.app.inject({ url: `/api/candidates/${id}`, headers: as(who) });
        if (read.statusCode === 200) expect(read.json().mayEdit, name).toBe(editable.includes(id));
        const before = await t.ctx.db
          .selectFrom("candidates")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirst();
        const response = await edit(who, id, { birthCity: `Ville ${who}` });
        if (editable.includes(id)) {
          expect(response.statusCode, name).toBe(200);
          continue;
        }
        expect([403, 404], name).toContain(response.statusCode);
        if (response.statusCode === 403) expect(response.json().error.code).toBe("CANDIDATE_NOT_EDITABLE");
        const after = await t.ctx.db
          .selectFrom("candidates")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirst();
        expect(after, name).toEqual(before);
      }
    },
  );

  it("refuses an officer of A the record of B's employee they see through a pathway", async () => {
    const response = await edit("officer of A", ids.inBWithPathwayInA, { birthCity: "Brest" });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("CANDIDATE_NOT_EDITABLE");
  });

  it("refuses an employer to link a login account to a record, or to unlink it", async () => {
    const link = await edit("employer of A", ids.inA, { userId: accounts.free });
    expect(link.statusCode).toBe(403);
    expect(link.json().error).toMatchObject({
      code: "ACCOUNT_LINK_FORBIDDEN",
      fields: { userId: { code: "SECRETARIAT_ONLY" } },
    });
    const taken = await edit("employer of A", ids.inA, { userId: accounts.linked });
    expect(taken.json()).toEqual(link.json());
    const row = await t.ctx.db
      .selectFrom("candidates")
      .select("user_id")
      .where("id", "=", ids.inA)
      .executeTakeFirst();
    expect(row?.user_id).toBeNull();
  });

  it("tells a branch officer nothing about accounts outside their scope", async () => {
    const linkedElsewhere = await edit("officer of B", ids.inB, { userId: accounts.linked });
    const notACandidate = await edit("officer of B", ids.inB, { userId: accounts.employer });
    const unknown = await edit("officer of B", ids.inB, { userId: 999999 });
    expect(linkedElsewhere.statusCode).toBe(400);
    expect(linkedElsewhere.json().error.code).toBe("CANDIDATE_ACCOUNT_UNAVAILABLE");
    expect(notACandidate.json()).toEqual(linkedElsewhere.json());
    expect(unknown.json()).toEqual(linkedElsewhere.json());
    const linked = await edit("officer of B", ids.inB, { userId: accounts.free });
    expect(linked.json().userId).toBe(accounts.free);
  });
});
