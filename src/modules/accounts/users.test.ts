import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, buildUser, logInAs, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signedIn(t.app, t.ctx, { role: "admin" });
});
afterEach(() => t.close());

const post = (payload: object) =>
  t.app.inject({ method: "POST", url: "/api/users", headers: admin.headers, payload });
const patch = (id: number, payload: object) =>
  t.app.inject({ method: "PATCH", url: `/api/users/${id}`, headers: admin.headers, payload });

describe("user management by the admin", () => {
  it("creates a branch officer scoped to branches, and the audit log records it without the password", async () => {
    const uimm = await buildBranch(t.ctx, { code: "UIMM" });
    const leem = await buildBranch(t.ctx, { code: "LEEM" });
    const response = await post({
      email: "cpne@branche.example",
      displayName: "CPNE",
      role: "branch_officer",
      password: "s3cret-pass",
      branchCodes: [leem.code, uimm.code],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      role: "branch_officer",
      branchCodes: ["LEEM", "UIMM"],
      isActive: true,
    });
    const login = await logInAs(t.app, "cpne@branche.example", "s3cret-pass");
    expect((await t.app.inject({ url: "/api/me", headers: login })).json().branchCodes).toEqual([
      "LEEM",
      "UIMM",
    ]);

    const audit = await t.app.inject({ url: "/api/audit?action=user.create", headers: admin.headers });
    const event = audit
      .json()
      .items.find((e: { entityId: string }) => e.entityId === String(response.json().id));
    expect(event.actor.id).toBe(admin.user.id);
    expect(JSON.stringify(event)).not.toMatch(/s3cret|argon2/);
  });

  it("requires the scope each role carries and names the field", async () => {
    const noBranch = await post({
      email: "a@x.example",
      displayName: "A",
      role: "branch_officer",
      password: "long enough",
    });
    expect(noBranch.statusCode).toBe(400);
    expect(noBranch.json().error).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { branchCodes: { code: "SCOPE_REQUIRED_FOR_ROLE", params: { role: "branch_officer" } } },
    });
    const unknown = await post({
      email: "a@x.example",
      displayName: "A",
      role: "branch_officer",
      password: "long enough",
      branchCodes: ["NOPE"],
    });
    expect(unknown.json().error.fields).toMatchObject({
      branchCodes: { code: "UNKNOWN_REFERENCE", params: { value: ["NOPE"] } },
    });
    const noCompany = await post({
      email: "b@x.example",
      displayName: "B",
      role: "employer",
      password: "long enough",
    });
    expect(noCompany.json().error.fields).toMatchObject({
      companyId: { code: "SCOPE_REQUIRED_FOR_ROLE", params: { role: "employer" } },
    });
    const wrongScope = await post({
      email: "c@x.example",
      displayName: "C",
      role: "candidate",
      password: "long enough",
      companyId: (await buildCompany(t.ctx)).id,
    });
    expect(wrongScope.json().error.fields).toMatchObject({
      companyId: { code: "SCOPE_NOT_FOR_ROLE", params: { role: "candidate" } },
    });
    expect(await t.ctx.db.selectFrom("users").select("id").execute()).toHaveLength(1);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    await post({ email: "same@x.example", displayName: "A", role: "candidate", password: "long enough" });
    const again = await post({
      email: "SAME@x.example",
      displayName: "B",
      role: "candidate",
      password: "long enough",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "EMAIL_TAKEN",
      fields: { email: { code: "ALREADY_USED" } },
    });
  });

  it("ends a user's sessions when their role changes or they are deactivated", async () => {
    const user = await buildUser(t.ctx, { role: "evaluator" });
    const session = await logInAs(t.app, user.email);
    const changed = await patch(user.id, { role: "jury_member" });
    expect(changed.json()).toMatchObject({ role: "jury_member" });
    expect((await t.app.inject({ url: "/api/me", headers: session })).statusCode).toBe(401);

    const again = await logInAs(t.app, user.email);
    expect((await patch(user.id, { isActive: false })).json().isActive).toBe(false);
    expect((await t.app.inject({ url: "/api/me", headers: again })).statusCode).toBe(401);
  });

  it("moves an employer to another company", async () => {
    const employer = await buildUser(t.ctx, { role: "employer" });
    const other = await buildCompany(t.ctx);
    expect((await patch(employer.id, { companyId: other.id })).json().companyId).toBe(other.id);
  });

  it("does not let an admin demote or deactivate themselves", async () => {
    const response = await patch(admin.user.id, { role: "candidate" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("CANNOT_DEMOTE_SELF");
    expect((await patch(admin.user.id, { isActive: false })).statusCode).toBe(409);
  });

  it("lists users filtered by role and text, paginated", async () => {
    for (let i = 0; i < 3; i++) await buildUser(t.ctx, { role: "candidate" });
    await buildUser(t.ctx, { role: "evaluator", email: "claire.eval@x.example" });
    const candidates = await t.app.inject({
      url: "/api/users?role=candidate&limit=2",
      headers: admin.headers,
    });
    expect(candidates.json().total).toBe(3);
    expect(candidates.json().items).toHaveLength(2);
    const found = await t.app.inject({ url: "/api/users?q=CLAIRE", headers: admin.headers });
    expect(found.json().items.map((u: { email: string }) => u.email)).toEqual(["claire.eval@x.example"]);
  });

  it("answers 404 for an unknown user", async () => {
    const response = await patch(424242, { displayName: "x" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("USER_NOT_FOUND");
  });
});
