import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.ts";
import { buildUser, logInAs, TEST_PASSWORD } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { purgeExpiredSessions } from "./purge-expired-sessions.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ login: { maxFailures: 3, lockoutMinutes: 15, perIpPerMinute: 50 } });
});
afterEach(() => t.close());

const logIn = (email: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

describe("login and sessions", () => {
  it("opens a server-side session in an HttpOnly cookie and shows the user at /api/me", async () => {
    const user = await buildUser(t.ctx, { role: "evaluator", email: "Eva@Test.example" });
    const response = await logIn("eva@test.example", TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ id: user.id, role: "evaluator", email: "eva@test.example" });
    const cookie = response.cookies.find((c) => c.name === "cqpi_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const stored = await t.ctx.db.selectFrom("sessions").selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toBe(cookie.value);

    const me = await t.app.inject({ url: "/api/me", headers: { cookie: `cqpi_session=${cookie.value}` } });
    expect(me.json()).toEqual({
      id: user.id,
      email: "eva@test.example",
      displayName: "Test evaluator",
      role: "evaluator",
      branchCodes: [],
      companyId: null,
    });
  });

  it("stores passwords as argon2id hashes", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    const row = await t.ctx.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    const wrongPassword = await logIn(user.email, "not the password");
    const unknownEmail = await logIn("nobody@test.example", "not the password");
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().error.code).toBe("INVALID_CREDENTIALS");
  });

  it("locks an email after repeated failures, even against the right password, then lets it in again", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    expect((await logIn(user.email, "wrong-1")).statusCode).toBe(401);
    expect((await logIn(user.email, "wrong-2")).statusCode).toBe(401);
    expect((await logIn(user.email, "wrong-3")).json().error.code).toBe("LOGIN_TEMPORARILY_LOCKED");
    const locked = await logIn(user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("LOGIN_TEMPORARILY_LOCKED");
    t.clock.advanceMinutes(16);
    expect((await logIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("locks unknown emails too, so a lockout does not reveal that an account exists", async () => {
    for (const attempt of [1, 2, 3]) await logIn("ghost@test.example", `wrong-${attempt}`);
    const response = await logIn("ghost@test.example", "wrong-4");
    expect(response.statusCode).toBe(429);
    expect(response.json().error.code).toBe("LOGIN_TEMPORARILY_LOCKED");
  });

  it("refuses a deactivated account with the generic answer", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    await t.ctx.db.updateTable("users").set({ is_active: 0 }).where("id", "=", user.id).execute();
    expect((await logIn(user.email, TEST_PASSWORD)).json().error.code).toBe("INVALID_CREDENTIALS");
  });

  it("expires an unused session and keeps extending one in use", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    const { cookie } = await logInAs(t.app, user.email);
    t.clock.advanceMinutes(300);
    expect((await t.app.inject({ url: "/api/me", headers: { cookie } })).statusCode).toBe(200);
    t.clock.advanceMinutes(300);
    expect((await t.app.inject({ url: "/api/me", headers: { cookie } })).statusCode).toBe(200);
    t.clock.advanceMinutes(481);
    const expired = await t.app.inject({ url: "/api/me", headers: { cookie } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe("UNAUTHENTICATED");
  });

  it("sends the cookie again with a fresh Max-Age when it extends the session", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    const { cookie } = await logInAs(t.app, user.email);
    const early = await t.app.inject({ url: "/api/me", headers: { cookie } });
    expect(early.cookies).toHaveLength(0);
    t.clock.advanceMinutes(300);
    const extended = await t.app.inject({ url: "/api/me", headers: { cookie } });
    const sent = extended.cookies.find((c) => c.name === "cqpi_session")!;
    expect(sent).toMatchObject({ maxAge: 480 * 60, httpOnly: true, sameSite: "Lax", path: "/" });
    expect(`cqpi_session=${sent.value}`).toBe(cookie);
  });

  it("purges expired sessions at the user's next login", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    await logInAs(t.app, user.email);
    await logInAs(t.app, user.email);
    t.clock.advanceMinutes(481);
    const { cookie } = await logInAs(t.app, user.email);
    const rows = await t.ctx.db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect((await t.app.inject({ url: "/api/me", headers: { cookie } })).statusCode).toBe(200);
  });

  it("purges everyone's expired sessions when the scheduled purge runs", async () => {
    const first = await buildUser(t.ctx, { role: "candidate" });
    const second = await buildUser(t.ctx, { role: "evaluator" });
    await logInAs(t.app, first.email);
    t.clock.advanceMinutes(481);
    await logInAs(t.app, second.email);
    await purgeExpiredSessions(t.ctx, t.ctx.db);
    const rows = await t.ctx.db.selectFrom("sessions").select("user_id").execute();
    expect(rows).toEqual([{ user_id: second.id }]);
  });

  it("marks answers to a signed-in caller no-store, and leaves public answers cacheable", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    const { cookie } = await logInAs(t.app, user.email);
    expect((await t.app.inject({ url: "/api/me", headers: { cookie } })).headers["cache-control"]).toBe(
      "no-store",
    );
    expect((await t.app.inject({ url: "/api/me" })).headers["cache-control"]).toBe("no-store");
    expect((await t.app.inject({ url: "/api/branches" })).headers["cache-control"]).toBeUndefined();
  });

  it("ends the session on logout", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    const headers = await logInAs(t.app, user.email);
    const { cookie } = headers;
    expect((await t.app.inject({ method: "POST", url: "/api/auth/logout", headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/me", headers: { cookie } })).statusCode).toBe(401);
    expect(await t.ctx.db.selectFrom("sessions").selectAll().execute()).toHaveLength(0);
  });

  it("answers 401 to /api/me without a session", async () => {
    const response = await t.app.inject({ url: "/api/me" });
    expect(response.statusCode).toBe(401);
  });
});

describe("login rate limit per address", () => {
  it("refuses logins past the limit with RATE_LIMITED", async () => {
    const limited = await createTestApp({
      login: { maxFailures: 100, lockoutMinutes: 15, perIpPerMinute: 3 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email: `a${i}@x.example`, password: "x" },
        });
        statuses.push(response.statusCode);
        if (i === 3) expect(response.json().error.code).toBe("RATE_LIMITED");
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe("login rate limit behind proxies", () => {
  const attempt = (app: TestApp["app"], i: number, forwardedFor: string, remoteAddress = "10.0.0.7") =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress,
      headers: { "x-forwarded-for": forwardedFor },
      payload: { email: `p${i}@x.example`, password: "x" },
    });

  it("ignores X-Forwarded-For from a client that is not a named proxy, so forged addresses share one limit", async () => {
    const limited = await createTestApp({
      login: { maxFailures: 100, lockoutMinutes: 15, perIpPerMinute: 3 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await attempt(limited.app, i, `203.0.113.${i}`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it("counts each forwarded client apart behind a proxy the operator trusts", async () => {
    const limited = await createTestApp({
      login: { maxFailures: 100, lockoutMinutes: 15, perIpPerMinute: 2 },
      trustedProxies: ["10.0.0.0/24"],
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await attempt(limited.app, i, "203.0.113.1")).statusCode);
      statuses.push((await attempt(limited.app, 3, "203.0.113.2")).statusCode);
      // The same header from outside the trusted range is not believed: that client is 198.51.100.9.
      statuses.push((await attempt(limited.app, 4, "203.0.113.3", "198.51.100.9")).statusCode);
      expect(statuses).toEqual([401, 401, 429, 401, 401]);
    } finally {
      await limited.close();
    }
  });
});

describe("login rate limit shared by instances", () => {
  it("counts the attempts made through every instance on one database, per window", async () => {
    const first = await createTestApp({ login: { maxFailures: 100, lockoutMinutes: 15, perIpPerMinute: 3 } });
    const second = await buildApp(first.ctx);
    try {
      const attempt = async (app: typeof second, i: number) =>
        (
          await app.inject({
            method: "POST",
            url: "/api/auth/login",
            payload: { email: `b${i}@x.example`, password: "x" },
          })
        ).statusCode;
      const statuses = [
        await attempt(first.app, 0),
        await attempt(second, 1),
        await attempt(first.app, 2),
        await attempt(second, 3),
      ];
      expect(statuses).toEqual([401, 401, 401, 429]);
      first.clock.advanceMinutes(1);
      expect(await attempt(second, 4)).toBe(401);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
