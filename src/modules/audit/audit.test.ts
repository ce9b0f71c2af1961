import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { allowTamperingForTests } from "../../db/dialect.ts";
import { buildBranch, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

let t: TestApp;
let headers: Record<string, string>;
beforeEach(async () => {
  t = await createTestApp();
  headers = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
  for (let i = 0; i < 4; i++) await buildBranch(t.ctx);
});
afterEach(() => t.close());

const verify = async () => (await t.app.inject({ url: "/api/audit/verify", headers })).json();
const eventCount = async () => (await t.ctx.db.selectFrom("audit_events").select("seq").execute()).length;

describe("audit chain", () => {
  it("is intact after normal use, and every event is chained", async () => {
    const total = await eventCount();
    expect(total).toBe(6);
    expect(await verify()).toEqual({
      isIntact: true,
      checked: total,
      firstBrokenSeq: null,
      reason: null,
      brokenEvent: null,
    });
  });

  it("is append-only in the database", async () => {
    await expect(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
  });

  describe("when someone with database access tampers with it", () => {
    beforeEach(() => allowTamperingForTests(t.ctx.db, t.ctx.dialect, "audit_events"));

    it("detects an altered row", async () => {
      await sql`UPDATE audit_events SET after_json = '{"name":"forged"}' WHERE seq = 3`.execute(t.ctx.db);
      expect(await verify()).toMatchObject({ isIntact: false, firstBrokenSeq: 3, reason: "altered" });
    });

    it("detects a deleted row", async () => {
      await sql`DELETE FROM audit_events WHERE seq = 2`.execute(t.ctx.db);
      expect(await verify()).toMatchObject({ isIntact: false, firstBrokenSeq: 2, reason: "missing" });
    });

    it("detects deleted newest rows", async () => {
      const last = await eventCount();
      await sql`DELETE FROM audit_events WHERE seq = ${last}`.execute(t.ctx.db);
      expect(await verify()).toMatchObject({ isIntact: false, firstBrokenSeq: last, reason: "truncated" });
    });
  });

  it("names the broken event and counts only the intact ones before it, in a batch of many", async () => {
    await allowTamperingForTests(t.ctx.db, t.ctx.dialect, "audit_events");
    await sql`UPDATE audit_events SET entity_id = 'FORGED' WHERE seq = 3`.execute(t.ctx.db);
    expect(await verify()).toMatchObject({
      isIntact: false,
      checked: 2,
      firstBrokenSeq: 3,
      reason: "altered",
      brokenEvent: { seq: 3, entityId: "FORGED", action: expect.any(String) },
    });
  });

  it("checks long chains in batches", async () => {
    const result = await verifyAuditChain(t.ctx.db, { batchSize: 2 });
    expect(result).toMatchObject({ isIntact: true, checked: await eventCount() });
  });

  it("keeps the chain whole under concurrent writes", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/api/qualifications",
          headers: admin.headers,
          payload: { code: `C${i}`, title: `Q ${i}` },
        }),
      ),
    );
    expect(await verify()).toMatchObject({ isIntact: true });
    const created = await t.app.inject({ url: "/api/audit?action=qualification.create", headers });
    expect(created.json().total).toBe(12);
  });
});

describe("browsing the audit log", () => {
  it("filters by entity and time range, newest first", async () => {
    const all = (await t.app.inject({ url: "/api/audit?entityType=branch", headers })).json();
    expect(all.total).toBe(4);
    expect(all.items.map((e: { seq: number }) => e.seq)).toEqual(
      [...all.items.map((e: { seq: number }) => e.seq)].sort((a, b) => b - a),
    );
    const future = (await t.app.inject({ url: "/api/audit?from=2030-01-01", headers })).json();
    expect(future.total).toBe(0);
    const bad = await t.app.inject({ url: "/api/audit?from=yesterday", headers });
    expect(bad.json().error.fields).toHaveProperty("from");
  });
});
