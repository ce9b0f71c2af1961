import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe("API tokens", () => {
  it("shows the secret once, stores only its hash, and authenticates as the user until revoked", async () => {
    const { user, headers } = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers,
      payload: { name: "ERP" },
    });
    expect(created.statusCode).toBe(201);
    const { token, item } = created.json();
    expect(token).toMatch(/^cqpi_/);
    expect(token.startsWith(item.prefix)).toBe(true);

    const rows = await t.ctx.db.selectFrom("api_tokens").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);

    const listed = await t.app.inject({ url: "/api/me/tokens", headers });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id: item.id, name: "ERP", revokedAt: null }),
    ]);
    expect(listed.body).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ url: "/api/me", headers: bearer });
    expect(me.json()).toMatchObject({ id: user.id, role: "branch_officer", branchCodes: user.branchCodes });

    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/me/tokens/${item.id}`, headers })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: "/api/me", headers: bearer })).statusCode).toBe(401);
  });

  it("resolves a branch officer of several branches with all of them, by cookie and by token alike", async () => {
    const codes = [(await buildBranch(t.ctx)).code, (await buildBranch(t.ctx)).code].sort();
    const { headers } = await signedIn(t.app, t.ctx, {
      role: "branch_officer",
      branchCodes: [...codes].reverse(),
    });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers,
      payload: { name: "ERP" },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    for (const credentials of [headers, bearer]) {
      expect((await t.app.inject({ url: "/api/me", headers: credentials })).json().branchCodes).toEqual(
        codes,
      );
    }
    const evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
    expect((await t.app.inject({ url: "/api/me", headers: evaluator.headers })).json().branchCodes).toEqual(
      [],
    );
  });

  it("carries the rights of its user only", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "employer" });
    const { token } = (
      await t.app.inject({ method: "POST", url: "/api/me/tokens", headers, payload: { name: "SIRH" } })
    ).json();
    const response = await t.app.inject({ url: "/api/users", headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(403);
  });

  it("stops working when its user is deactivated", async () => {
    const { user, headers } = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const { token } = (
      await t.app.inject({ method: "POST", url: "/api/me/tokens", headers, payload: { name: "tablette" } })
    ).json();
    await t.ctx.db.updateTable("users").set({ is_active: 0 }).where("id", "=", user.id).execute();
    expect(
      (await t.app.inject({ url: "/api/me", headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401);
  });

  it("does not let a user revoke someone else's token", async () => {
    const owner = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const other = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const { item } = (
      await t.app.inject({
        method: "POST",
        url: "/api/me/tokens",
        headers: owner.headers,
        payload: { name: "x" },
      })
    ).json();
    const response = await t.app.inject({
      method: "DELETE",
      url: `/api/me/tokens/${item.id}`,
      headers: other.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("API_TOKEN_NOT_FOUND");
    const row = await t.ctx.db
      .selectFrom("api_tokens")
      .select("revoked_at")
      .where("id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });

  async function tokenOf(headers: Record<string, string>) {
    return (
      await t.app.inject({ method: "POST", url: "/api/me/tokens", headers, payload: { name: "tablette" } })
    ).json() as { token: string; item: { id: number } };
  }
  const meWith = async (headers: Record<string, string>) =>
    (await t.app.inject({ url: "/api/me", headers })).statusCode;

  it("stops working, with the user's sessions, when an admin resets their password", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const { user, headers } = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const { token } = await tokenOf(headers);
    const reset = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { password: "a brand new password" },
    });
    expect(reset.statusCode).toBe(200);
    expect(await meWith({ authorization: `Bearer ${token}` })).toBe(401);
    expect(await meWith(headers)).toBe(401);
    const actions = await t.ctx.db.selectFrom("audit_events").select("action").execute();
    expect(actions.map((a) => a.action)).toContain("api_token.revoke");
  });

  it("is not revived when a deactivated user is reactivated", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const { user, headers } = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const { token } = await tokenOf(headers);
    for (const isActive of [false, true]) {
      const response = await t.app.inject({
        method: "PATCH",
        url: `/api/users/${user.id}`,
        headers: admin.headers,
        payload: { isActive },
      });
      expect(response.statusCode).toBe(200);
    }
    expect(await meWith({ authorization: `Bearer ${token}` })).toBe(401);
    expect(await meWith(headers)).toBe(401);
  });

  it("lets an admin list and revoke another user's tokens, once", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const { user, headers } = await signedIn(t.app, t.ctx, { role: "employer" });
    const { token, item } = await tokenOf(headers);
    const listed = await t.app.inject({ url: `/api/users/${user.id}/tokens`, headers: admin.headers });
    expect(listed.json().items).toEqual([expect.objectContaining({ id: item.id, revokedAt: null })]);
    expect(listed.body).not.toContain(token);

    const revoke = () =>
      t.app.inject({
        method: "DELETE",
        url: `/api/users/${user.id}/tokens/${item.id}`,
        headers: admin.headers,
      });
    expect((await revoke()).statusCode).toBe(204);
    expect(await meWith({ authorization: `Bearer ${token}` })).toBe(401);
    expect((await revoke()).statusCode).toBe(204);
    const revocations = await t.ctx.db
      .selectFrom("audit_events")
      .select("actor_user_id")
      .where("action", "=", "api_token.revoke")
      .execute();
    expect(revocations).toEqual([{ actor_user_id: admin.user.id }]);

    const wrongOwner = await t.app.inject({
      method: "DELETE",
      url: `/api/users/${admin.user.id}/tokens/${item.id}`,
      headers: admin.headers,
    });
    expect(wrongOwner.json().error.code).toBe("API_TOKEN_NOT_FOUND");
  });

  it("refuses an unknown bearer token", async () => {
    const response = await t.app.inject({ url: "/api/me", headers: { authorization: "Bearer cqpi_nope" } });
    expect(response.statusCode).toBe(401);
  });
});
