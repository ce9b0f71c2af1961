import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildUser, logInAs } from "../test/factories.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { judgeOrigin, type RequestOrigin } from "./origin-check.ts";

describe("judging where a request comes from", () => {
  const base: RequestOrigin = {
    method: "POST",
    secFetchSite: undefined,
    origin: undefined,
    host: "cqpi.example",
    publicUrl: "https://cqpi.example",
    isCookieSession: true,
  };
  it.each([
    ["a GET from anywhere", { method: "GET", origin: "https://evil.example" }, "allowed"],
    ["the platform's own origin", { origin: "https://cqpi.example" }, "allowed"],
    [
      "the host the request was sent to",
      { origin: "http://10.1.2.3:3000", host: "10.1.2.3:3000" },
      "allowed",
    ],
    ["another site", { origin: "https://evil.example" }, "foreign"],
    ["a sibling subdomain", { origin: "https://files.cqpi.example" }, "foreign"],
    ["another port of the same host", { origin: "https://cqpi.example:8443" }, "foreign"],
    ["an opaque origin", { origin: "null" }, "foreign"],
    ["a malformed origin", { origin: "not a url" }, "foreign"],
    [
      "Sec-Fetch-Site same-origin",
      { secFetchSite: "same-origin", origin: "https://cqpi.example" },
      "allowed",
    ],
    ["Sec-Fetch-Site none (typed by the user)", { secFetchSite: "none" }, "allowed"],
    ["Sec-Fetch-Site same-site", { secFetchSite: "same-site" }, "foreign"],
    ["Sec-Fetch-Site cross-site", { secFetchSite: "cross-site", origin: "https://cqpi.example" }, "foreign"],
    ["a cookie session saying nothing", {}, "missing"],
    ["an API token saying nothing", { isCookieSession: false }, "allowed"],
    ["an API token from another site", { isCookieSession: false, origin: "https://evil.example" }, "foreign"],
  ] as const)("%s: %s", (_name, overrides, verdict) => {
    expect(judgeOrigin({ ...base, ...overrides })).toBe(verdict);
  });
});

describe("cross-site requests over HTTP", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function session() {
    const user = await buildUser(t.ctx, { role: "admin" });
    return (await logInAs(t.app, user.email)).cookie;
  }
  const isSignedIn = async (cookie: string) =>
    (await t.app.inject({ url: "/api/me", headers: { cookie } })).statusCode === 200;

  it("refuses a cross-site text/plain logout and keeps the session", async () => {
    const cookie = await session();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, origin: "https://evil.example", "content-type": "text/plain" },
      payload: "x",
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("FOREIGN_ORIGIN");
    expect(await isSignedIn(cookie)).toBe(true);
  });

  it("refuses a write from a sibling subdomain or another port, and writes nothing", async () => {
    const cookie = await session();
    for (const origin of ["http://files.localhost:3000", "http://localhost:8080"]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/branches",
        headers: { cookie, origin },
        payload: { code: "XS", name: "Cross-site", federation: "Nobody" },
      });
      expect(response.statusCode, origin).toBe(403);
      expect(response.json().error.code).toBe("FOREIGN_ORIGIN");
    }
    const sameSite = await t.app.inject({
      method: "DELETE",
      url: "/api/me/tokens/1",
      headers: { cookie, "sec-fetch-site": "same-site" },
    });
    expect(sameSite.json().error.code).toBe("FOREIGN_ORIGIN");
    expect(await t.ctx.db.selectFrom("branches").selectAll().execute()).toHaveLength(0);
  });

  it("refuses a cookie-authenticated write that says no origin, but not one with an API token", async () => {
    const cookie = await session();
    const withCookie = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers: { cookie },
      payload: { name: "cli" },
    });
    expect(withCookie.statusCode).toBe(403);
    expect(withCookie.json().error.code).toBe("ORIGIN_REQUIRED");

    const own = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers: { cookie, origin: "http://localhost:3000" },
      payload: { name: "cli" },
    });
    expect(own.statusCode).toBe(201);
    const withToken = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers: { authorization: `Bearer ${own.json().token}` },
      payload: { name: "from the command line" },
    });
    expect(withToken.statusCode).toBe(201);
  });
});
