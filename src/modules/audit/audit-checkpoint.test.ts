import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowTamperingForTests } from "../../db/dialect.ts";
import { buildBranch } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "../certificates/generate-issuer-key.ts";
import { rotateIssuerKey } from "../certificates/rotate-issuer-key.ts";
import { recordAuditCheckpoint } from "./record-audit-checkpoint.ts";
import { readEventsAfter } from "./repository.ts";
import { computeEventHash } from "./rules.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";
import { verifyAuditCheckpoints } from "./verify-audit-checkpoints.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
  for (let i = 0; i < 3; i++) await buildBranch(t.ctx);
});
afterAll(() => t.close());

/** What someone with write access to the database could do: change an event and re-hash everything after it. */
async function rewriteChainFrom(seq: number) {
  await allowTamperingForTests(t.ctx.db, t.ctx.dialect, "audit_events");
  const events = await readEventsAfter(t.ctx.db, 0, 10_000);
  let prevHash = events.find((e) => e.seq === seq - 1)?.hash ?? "0".repeat(64);
  for (const event of events.filter((e) => e.seq >= seq)) {
    const entityId = event.seq === seq ? "FORGED" : event.entityId;
    const hash = computeEventHash({ ...event, entityId, prevHash });
    await t.ctx.db
      .updateTable("audit_events")
      .set({ entity_id: entityId, prev_hash: prevHash, hash })
      .where("seq", "=", event.seq)
      .execute();
    prevHash = hash;
  }
  await t.ctx.db.updateTable("audit_head").set({ hash: prevHash }).where("id", "=", 1).execute();
}

describe("audit checkpoints", () => {
  it("hold while the chain is untouched, across a key rotation", async () => {
    const first = await recordAuditCheckpoint(t.ctx);
    await rotateIssuerKey(t.ctx, { caller: platform });
    await buildBranch(t.ctx);
    const second = await recordAuditCheckpoint(t.ctx);
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.publicKeyMultibase).not.toBe(first.publicKeyMultibase);
    expect(await verifyAuditCheckpoints(t.ctx)).toEqual({ checked: 2, broken: null });
  });

  it("refuse a checkpoint whose signature or key is not the platform's", async () => {
    const file = t.ctx.config.auditCheckpointFile;
    const original = await readFile(file, "utf8");
    const [line] = original.split("\n");
    const forged = { ...JSON.parse(line!), seq: 1 };
    await writeFile(file, `${JSON.stringify(forged)}\n`);
    expect((await verifyAuditCheckpoints(t.ctx)).broken).toEqual({ seq: 1, reason: "bad_signature" });
    await writeFile(file, `${JSON.stringify({ ...forged, publicKeyMultibase: "z6MkSomeoneElse" })}\n`);
    expect((await verifyAuditCheckpoints(t.ctx)).broken?.reason).toBe("unknown_key");
    await writeFile(file, original);
  });

  it("detect a chain rewritten with its head in the database, which the chain alone cannot", async () => {
    const checkpoint = await recordAuditCheckpoint(t.ctx);
    await rewriteChainFrom(2);
    expect((await verifyAuditChain(t.ctx.db)).isIntact).toBe(true);
    const result = await verifyAuditCheckpoints(t.ctx);
    expect(result.broken).toMatchObject({ reason: "rewritten" });
    expect(result.broken!.seq).toBeLessThanOrEqual(checkpoint.seq);
  });
});
