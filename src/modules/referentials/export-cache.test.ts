import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildPublishedVersion, buildQualification, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ exportsPerIpPerMinute: 1000 });
});
afterEach(() => t.close());

const exportsOf = (code: string) =>
  ["case", "grid.csv", "grid.xlsx", "referential.pdf"].map(
    (file) => `/api/qualifications/${code}/versions/1/${file}`,
  );
const keptRows = async () =>
  (await t.ctx.db.selectFrom("referential_exports").select("format").execute()).length;

describe("exports of a published version", () => {
  it("are generated once, served with a strong ETag and long caching, and 304 when the client holds them", async () => {
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    for (const url of exportsOf(qualificationCode)) {
      const first = await t.app.inject({ url });
      expect(first.statusCode, url).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
      expect(first.headers["cache-control"]).toBe("public, max-age=86400");
      const second = await t.app.inject({ url });
      expect(second.headers.etag).toBe(etag);
      expect(second.rawPayload.equals(first.rawPayload), url).toBe(true);
      const held = await t.app.inject({ url, headers: { "if-none-match": etag } });
      expect(held.statusCode).toBe(304);
      expect(held.body).toBe("");
      const stale = await t.app.inject({ url, headers: { "if-none-match": '"other"' } });
      expect(stale.statusCode).toBe(200);
    }
    expect(await keptRows()).toBe(4);
  });

  it("are generated again when what they show besides the tree changes", async () => {
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    const url = exportsOf(qualificationCode)[0]!;
    const before = await t.app.inject({ url });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    await t.app.inject({
      method: "PATCH",
      url: `/api/qualifications/${qualificationCode}`,
      headers: admin.headers,
      payload: { title: "Nouveau titre" },
    });
    const after = await t.app.inject({ url });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).toContain("Nouveau titre");
    expect(await keptRows()).toBe(1);
  });

  it("of a draft are never kept nor cached", async () => {
    const { code } = await buildQualification(t.ctx);
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    await t.app.inject({
      method: "POST",
      url: `/api/qualifications/${code}/versions`,
      headers: admin.headers,
    });
    const response = await t.app.inject({ url: exportsOf(code)[1]!, headers: admin.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(await keptRows()).toBe(0);
  });
});

describe("anonymous downloads of exports", () => {
  it("are limited per address, while signed-in users are not", async () => {
    const limited = await createTestApp({ exportsPerIpPerMinute: 3 });
    try {
      const { qualificationCode } = await buildPublishedVersion(limited.ctx);
      const url = exportsOf(qualificationCode)[3]!;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.app.inject({ url })).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await limited.app.inject({ url });
      expect(refused.json().error.code).toBe("RATE_LIMITED");
      const user = await signedIn(limited.app, limited.ctx, { role: "candidate" });
      expect((await limited.app.inject({ url, headers: user.headers })).statusCode).toBe(200);
      const forged = await limited.app.inject({ url, headers: { cookie: "cqpi_session=forged" } });
      expect(forged.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
