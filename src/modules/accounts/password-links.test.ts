import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, logInAs, signedIn, TEST_PASSWORD } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { hashSecret } from "./secrets.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ passwordResetsPerIpPerMinute: 1000 });
});
afterAll(() => t.close());

const NEW_PASSWORD = "a brand new secret";

const requestReset = (email: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email } });
const confirm = (token: string, password = NEW_PASSWORD) =>
  t.app.inject({ method: "POST", url: "/api/auth/password-reset/confirm", payload: { token, password } });
const logIn = (email: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

const messagesTo = (email: string) =>
  t.ctx.db.selectFrom("outbox_messages").selectAll().where("recipient", "=", email).orderBy("id").execute();

/** The secret of the link in the latest message to this address, as the person would click it. */
async function tokenSentTo(email: string) {
  const message = (await messagesTo(email)).at(-1);
  const url = message?.text.match(/https?:\/\/\S+\/password\/set#token=(\S+)/);
  if (!url) throw new Error(`no link sent to ${email}`);
  return url[1]!;
}

describe("password reset by a one-time link", () => {
  it("answers 202 the same way whether or not the e-mail is an account's, and mails only the account", async () => {
    const user = await buildUser(t.ctx, { role: "evaluator" });
    const known = await requestReset(user.email.toUpperCase());
    const unknown = await requestReset("nobody@test.example");
    expect([known.statusCode, known.body]).toEqual([202, "{}"]);
    expect([unknown.statusCode, unknown.body]).toEqual([202, "{}"]);
    expect(await messagesTo("nobody@test.example")).toEqual([]);
    const [message] = await messagesTo(user.email);
    expect(message).toMatchObject({ kind: "account.password_reset", status: "pending" });
    expect(message!.subject).toContain("Réinitialisation de votre mot de passe");
    expect(message!.text).toContain(`${t.ctx.config.publicUrl}/password/set#token=`);
  });

  it("sets the new password once: the old one and the used link stop working", async () => {
    const user = await buildUser(t.ctx, { role: "candidate" });
    await requestReset(user.email);
    const token = await tokenSentTo(user.email);
    const confirmed = await confirm(token);
    expect(confirmed.statusCode, confirmed.body).toBe(204);
    expect((await logIn(user.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await logIn(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    const again = await confirm(token, "yet another secret");
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ code: "ACCOUNT_LINK_INVALID", params: { reason: "used" } });
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_type", "=", "user")
      .where("entity_id", "=", String(user.id))
      .execute();
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.request_password_reset", "user.reset_password"]),
    );
  });

  it("keeps only the hash of the link's secret", async () => {
    const user = await buildUser(t.ctx, { role: "employer" });
    await requestReset(user.email);
    const token = await tokenSentTo(user.email);
    const links = await t.ctx.db
      .selectFrom("account_links")
      .selectAll()
      .where("user_id", "=", user.id)
      .execute();
    expect(links).toHaveLength(1);
    expect(links[0]!.token_hash).toBe(hashSecret(token));
    expect(JSON.stringify(links)).not.toContain(token);
  });

  it("refuses an expired link, an unknown one and a short password, changing nothing", async () => {
    const user = await buildUser(t.ctx, { role: "jury_member" });
    await requestReset(user.email);
    const token = await tokenSentTo(user.email);
    const short = await confirm(token, "short");
    expect(short.json().error.fields.password).toMatchObject({ code: "TOO_SHORT", params: { min: 8 } });
    const unknown = await confirm("not-a-link-we-sent");
    expect(unknown.json().error).toMatchObject({
      code: "ACCOUNT_LINK_INVALID",
      params: { reason: "unknown" },
    });
    t.clock.advanceMinutes(61);
    const late = await confirm(token);
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({ code: "ACCOUNT_LINK_INVALID", params: { reason: "expired" } });
    expect((await logIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("ends the account's sessions and API tokens when the password is reset", async () => {
    const { user, headers } = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers,
      payload: { name: "script" },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    await requestReset(user.email);
    expect((await confirm(await tokenSentTo(user.email))).statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/me", headers })).statusCode).toBe(401);
    expect((await t.app.inject({ url: "/api/me", headers: bearer })).statusCode).toBe(401);
  });

  it("sends no second link within five minutes; a later one replaces the first", async () => {
    const user = await buildUser(t.ctx, { role: "evaluator" });
    await requestReset(user.email);
    const first = await tokenSentTo(user.email);
    await requestReset(user.email);
    expect(await messagesTo(user.email)).toHaveLength(1);
    t.clock.advanceMinutes(6);
    await requestReset(user.email);
    expect(await messagesTo(user.email)).toHaveLength(2);
    const second = await tokenSentTo(user.email);
    expect(second).not.toBe(first);
    expect((await confirm(first)).json().error.params).toEqual({ reason: "used" });
    expect((await confirm(second)).statusCode).toBe(204);
  });

  it("sends nothing to a deactivated account and refuses a link of an account deactivated since", async () => {
    const { headers: admin } = await signedIn(t.app, t.ctx, { role: "admin" });
    const user = await buildUser(t.ctx, { role: "candidate" });
    await requestReset(user.email);
    const token = await tokenSentTo(user.email);
    await t.app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { isActive: false },
    });
    t.clock.advanceMinutes(6);
    await requestReset(user.email);
    expect(await messagesTo(user.email)).toHaveLength(1);
    expect((await confirm(token)).json().error.params).toEqual({ reason: "unknown" });
  });

  it("lets one of two concurrent uses of a link win, the other changing nothing", async () => {
    const user = await buildUser(t.ctx, { role: "evaluator" });
    await requestReset(user.email);
    const token = await tokenSentTo(user.email);
    const answers = await Promise.all([
      confirm(token, "first of two racers"),
      confirm(token, "second of two racers"),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([204, 400]);
    const winner = answers[0]!.statusCode === 204 ? "first of two racers" : "second of two racers";
    const loser = winner.startsWith("first") ? "second of two racers" : "first of two racers";
    expect((await logIn(user.email, winner)).statusCode).toBe(200);
    expect((await logIn(user.email, loser)).statusCode).toBe(401);
  });
});

describe("invitation of a new account", () => {
  it("mails a link instead of a password: no password opens the account until the link sets one", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers,
      payload: {
        email: "New.Evaluator@test.example",
        displayName: "Nouvelle Évaluatrice",
        role: "evaluator",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const [message] = await messagesTo("new.evaluator@test.example");
    expect(message).toMatchObject({
      kind: "account.invitation",
      subject: "Votre compte sur la plateforme CQPI",
    });
    expect(message!.text).toContain("Bonjour Nouvelle Évaluatrice,");
    expect(message!.text).toContain("expire dans 7 jours");
    const link = await t.ctx.db
      .selectFrom("account_links")
      .selectAll()
      .where("user_id", "=", created.json().id)
      .executeTakeFirstOrThrow();
    expect(link).toMatchObject({ purpose: "invitation", used_at: null });
    expect(Date.parse(link.expires_at) - Date.parse(link.created_at)).toBe(7 * 24 * 60 * 60_000);

    expect((await logIn("new.evaluator@test.example", TEST_PASSWORD)).statusCode).toBe(401);
    expect((await confirm(await tokenSentTo("new.evaluator@test.example"))).statusCode).toBe(204);
    expect((await logIn("new.evaluator@test.example", NEW_PASSWORD)).statusCode).toBe(200);
    const accepted = await t.ctx.db
      .selectFrom("audit_events")
      .select("actor_user_id")
      .where("action", "=", "user.accept_invitation")
      .where("entity_id", "=", String(created.json().id))
      .execute();
    expect(accepted).toEqual([{ actor_user_id: created.json().id }]);
  });

  it("still takes an initial password when one is given (commands, integrations), and then mails nothing", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers,
      payload: {
        email: "scripted@test.example",
        displayName: "S",
        role: "candidate",
        password: TEST_PASSWORD,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(await messagesTo("scripted@test.example")).toEqual([]);
    await logInAs(t.app, "scripted@test.example");
  });
});

describe("rate limit of reset requests", () => {
  it("refuses more requests per address per minute than configured", async () => {
    const limited = await createTestApp({ passwordResetsPerIpPerMinute: 2 });
    try {
      const ask = () =>
        limited.app.inject({
          method: "POST",
          url: "/api/auth/password-reset",
          payload: { email: "a@b.example" },
        });
      expect((await ask()).statusCode).toBe(202);
      expect((await ask()).statusCode).toBe(202);
      const third = await ask();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe("RATE_LIMITED");
      limited.clock.advanceMinutes(1);
      expect((await ask()).statusCode).toBe(202);
    } finally {
      await limited.close();
    }
  });
});
