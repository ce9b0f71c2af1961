import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildQualification, buildReferentialContent, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

/**
 * Concurrent requests on one referential version. On PostgreSQL (DATABASE_URL set) they really run at
 * once on separate connections; on SQLite they are serialised, and the same outcomes must hold.
 */
let t: TestApp;
let admin: Record<string, string>;
beforeEach(async () => {
  t = await createTestApp();
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
});
afterEach(() => t.close());

const url = (code: string, version?: number) =>
  `/api/qualifications/${code}/versions${version ? `/${version}` : ""}`;

async function completeDraft() {
  const { code } = await buildQualification(t.ctx);
  await t.app.inject({ method: "POST", url: url(code), headers: admin });
  const saved = await t.app.inject({
    method: "PUT",
    url: url(code, 1),
    headers: admin,
    payload: { revision: 0, ...buildReferentialContent() },
  });
  expect(saved.statusCode).toBe(200);
  return code;
}

const publish = (code: string) =>
  t.app.inject({ method: "POST", url: `${url(code, 1)}/publish`, headers: admin });
const auditActions = async (action: string) =>
  (await t.ctx.db.selectFrom("audit_events").select("action").where("action", "=", action).execute()).length;

describe("racing writes on a referential version", () => {
  it("publishes a draft once when two publications race", async () => {
    const code = await completeDraft();
    const responses = await Promise.all([publish(code), publish(code), publish(code)]);
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409))
      expect(refused.json().error.code).toBe("VERSION_NOT_EDITABLE");
    expect(await auditActions("referential.publish")).toBe(1);
  });

  it("never publishes a tree that a racing save made incomplete", async () => {
    for (let round = 0; round < 4; round++) {
      const code = await completeDraft();
      const incomplete = buildReferentialContent();
      incomplete.blocks[0]!.capacities[0]!.criteria = [];
      incomplete.blocks[0]!.capacities[0]!.methods = [];
      const save = t.app.inject({
        method: "PUT",
        url: url(code, 1),
        headers: admin,
        payload: { revision: 1, ...incomplete },
      });
      const [saved, published] = await Promise.all([save, publish(code)]);
      const version = (await t.app.inject({ url: url(code, 1), headers: admin })).json();
      if (published.statusCode === 200) {
        expect(saved.json().error.code).toBe("VERSION_NOT_EDITABLE");
        expect(version.blocks[0].capacities[0].criteria).not.toHaveLength(0);
      } else {
        expect(saved.statusCode).toBe(200);
        expect(["REVISION_CONFLICT", "VERSION_INCOMPLETE"]).toContain(published.json().error.code);
        expect(version).toMatchObject({ status: "draft", revision: 2 });
      }
    }
  });

  it("answers DRAFT_EXISTS, never a server error, when two drafts are started at once", async () => {
    const { code } = await buildQualification(t.ctx);
    const start = () => t.app.inject({ method: "POST", url: url(code), headers: admin });
    const responses = await Promise.all([start(), start(), start()]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409))
      expect(refused.json().error.code).toBe("DRAFT_EXISTS");
    expect(await auditActions("referential.create_draft")).toBe(1);
  });

  it("does not record the deletion of a draft that a racing publication published", async () => {
    const code = await completeDraft();
    const remove = t.app.inject({ method: "DELETE", url: url(code, 1), headers: admin });
    const [removed, published] = await Promise.all([remove, publish(code)]);
    expect([removed.statusCode, published.statusCode].sort()).toEqual(
      published.statusCode === 200 ? [200, 409] : [204, 404],
    );
    const deletions = await auditActions("referential.delete_draft");
    const publications = await auditActions("referential.publish");
    expect(deletions + publications).toBe(1);
  });
});
