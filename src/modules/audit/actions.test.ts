import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { type AuditAction, auditActions, auditEntityTypes } from "./actions.ts";
import type { AuditEventInput } from "./record-audit-event.ts";

describe("audit actions", () => {
  it("are one list of distinct `<entity>.<verb>` names", () => {
    for (const action of auditActions) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(new Set(auditActions).size).toBe(auditActions.length);
    expect(auditActions).toContain("pathway.submit_to_jury");
  });

  it("are the only actions an audit event can carry (checked by the type checker)", () => {
    const known: AuditEventInput["action"] = "branch.update";
    // @ts-expect-error a free string is not an audit action
    const free: AuditEventInput["action"] = "branch.renamed";
    expect(auditActions.includes(known)).toBe(true);
    expect(auditActions.includes(free as AuditAction)).toBe(false);
    // @ts-expect-error a free string is not a kind of audited record
    const freeType: AuditEventInput["entityType"] = "branche";
    expect(auditEntityTypes.includes(freeType)).toBe(false);
  });
});

describe("the audit list's action and entity type filters", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("offers the listed actions and refuses any other, naming the options", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const known = await t.app.inject({ url: "/api/audit?action=user.login", headers });
    expect(known.statusCode).toBe(200);
    expect(known.json().items).toEqual([expect.objectContaining({ action: "user.login" })]);
    const unknown = await t.app.inject({ url: "/api/audit?action=user.renamed", headers });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.action).toMatchObject({
      code: "INVALID_ENUM",
      params: { options: [...auditActions] },
    });
  });

  it("offers the listed kinds of record and refuses any other", async () => {
    const { headers } = await signedIn(t.app, t.ctx, { role: "admin" });
    const known = await t.app.inject({ url: "/api/audit?entityType=user", headers });
    const items: { entityType: string }[] = known.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.entityType === "user")).toBe(true);
    const unknown = await t.app.inject({ url: "/api/audit?entityType=utilisateur", headers });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.entityType).toMatchObject({
      code: "INVALID_ENUM",
      params: { options: [...auditEntityTypes] },
    });
  });
});
