import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildPublishedVersion,
  buildQualification,
  buildReferentialContent,
  signedIn,
} from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let admin: Record<string, string>;
beforeEach(async () => {
  t = await createTestApp();
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
});
afterEach(() => t.close());

const url = (code: string, version?: number) =>
  `/api/qualifications/${code}/versions${version ? `/${version}` : ""}`;

describe("referential versions", () => {
  it("starts a new draft as a copy of the latest version, and publishing supersedes the previous one", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const code = v1.qualificationCode;
    const draft = (await t.app.inject({ method: "POST", url: url(code), headers: admin })).json();
    expect(draft).toMatchObject({
      version: 2,
      status: "draft",
      revision: 0,
      basedOnVersion: 1,
      blocks: v1.blocks,
      passRule: v1.passRule,
    });

    const content = buildReferentialContent();
    content.blocks[0]!.capacities[0]!.title = "Approvisionner et préparer les installations";
    const saved = await t.app.inject({
      method: "PUT",
      url: url(code, 2),
      headers: admin,
      payload: { revision: 0, ...content },
    });
    expect(saved.json()).toMatchObject({ revision: 1, blocks: content.blocks });

    const published = await t.app.inject({ method: "POST", url: `${url(code, 2)}/publish`, headers: admin });
    expect(published.json()).toMatchObject({ status: "published", publishedAt: expect.any(String) });
    const versions = (await t.app.inject({ url: url(code) })).json().items;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, "published"],
      [1, "superseded"],
    ]);

    const diff = (await t.app.inject({ url: `${url(code, 2)}/diff?from=1` })).json();
    expect(diff.changed).toEqual([
      expect.objectContaining({
        path: "B1 › C1",
        changes: [
          { field: "title", before: "Capacité C1", after: "Approvisionner et préparer les installations" },
        ],
      }),
    ]);
    expect(diff.added).toEqual([]);
  });

  it("never changes a published version", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const attempts = [
      await t.app.inject({
        method: "PUT",
        url: url(v1.qualificationCode, 1),
        headers: admin,
        payload: { revision: v1.revision, blocks: [] },
      }),
      await t.app.inject({ method: "DELETE", url: url(v1.qualificationCode, 1), headers: admin }),
      await t.app.inject({ method: "POST", url: `${url(v1.qualificationCode, 1)}/publish`, headers: admin }),
    ];
    expect(attempts.map((r) => [r.statusCode, r.json().error.code])).toEqual([
      [409, "VERSION_NOT_EDITABLE"],
      [409, "VERSION_NOT_EDITABLE"],
      [409, "VERSION_NOT_EDITABLE"],
    ]);
    expect((await t.app.inject({ url: url(v1.qualificationCode, 1) })).json().blocks).toEqual(v1.blocks);
  });

  it("refuses a save based on a stale revision, so two editors never overwrite each other silently", async () => {
    const { code } = await buildQualification(t.ctx);
    await t.app.inject({ method: "POST", url: url(code), headers: admin });
    const first = buildReferentialContent();
    const second = buildReferentialContent({ blocks: [] });
    expect(
      (
        await t.app.inject({
          method: "PUT",
          url: url(code, 1),
          headers: admin,
          payload: { revision: 0, ...first },
        })
      ).statusCode,
    ).toBe(200);
    const stale = await t.app.inject({
      method: "PUT",
      url: url(code, 1),
      headers: admin,
      payload: { revision: 0, ...second },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "REVISION_CONFLICT",
      fields: { revision: { code: "REVISION_STALE", params: { current: 1 } } },
    });
    expect((await t.app.inject({ url: url(code, 1), headers: admin })).json().blocks).toEqual(first.blocks);
  });

  it("says exactly what is missing before publication", async () => {
    const { code } = await buildQualification(t.ctx);
    await t.app.inject({ method: "POST", url: url(code), headers: admin });
    const content = buildReferentialContent();
    content.blocks[0]!.capacities[1]!.criteria = [];
    content.blocks[1]!.capacities[0]!.methods = [];
    await t.app.inject({
      method: "PUT",
      url: url(code, 1),
      headers: admin,
      payload: { revision: 0, ...content },
    });
    const response = await t.app.inject({ method: "POST", url: `${url(code, 1)}/publish`, headers: admin });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "VERSION_INCOMPLETE",
      fields: {
        "blocks.0.capacities.1": { code: "CAPACITY_NEEDS_CRITERION", params: { code: "C2" } },
        "blocks.1.capacities.0": { code: "CAPACITY_NEEDS_METHOD", params: { code: "C3" } },
      },
    });
    expect((await t.app.inject({ url: url(code, 1), headers: admin })).json().status).toBe("draft");
  });

  it("refuses duplicate codes naming where they are, and keeps the draft unchanged", async () => {
    const { code } = await buildQualification(t.ctx);
    await t.app.inject({ method: "POST", url: url(code), headers: admin });
    const content = buildReferentialContent();
    content.blocks[1]!.capacities[0]!.code = "C1";
    const response = await t.app.inject({
      method: "PUT",
      url: url(code, 1),
      headers: admin,
      payload: { revision: 0, ...content },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      "blocks.1.capacities.0.code": {
        code: "DUPLICATE_CODE",
        params: { code: "C1" },
        message: "duplicate code C1",
      },
    });
    expect((await t.app.inject({ url: url(code, 1), headers: admin })).json()).toMatchObject({
      revision: 0,
      blocks: [],
    });
  });

  it("keeps a single draft at a time and hides drafts from the public and candidates", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const code = v1.qualificationCode;
    await t.app.inject({ method: "POST", url: url(code), headers: admin });
    const again = await t.app.inject({ method: "POST", url: url(code), headers: admin });
    expect(again.json().error.code).toBe("DRAFT_EXISTS");
    const candidate = (await signedIn(t.app, t.ctx, { role: "candidate" })).headers;
    for (const headers of [{}, candidate]) {
      expect(
        (await t.app.inject({ url: url(code), headers }))
          .json()
          .items.map((v: { version: number }) => v.version),
      ).toEqual([1]);
      expect((await t.app.inject({ url: url(code, 2), headers })).json().error.code).toBe(
        "VERSION_NOT_FOUND",
      );
    }
    const officer = (await signedIn(t.app, t.ctx, { role: "branch_officer" })).headers;
    expect((await t.app.inject({ url: url(code, 2), headers: officer })).json().status).toBe("draft");
  });

  it("audits each change of a version with its content", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const audit = (
      await t.app.inject({
        url: `/api/audit?entityType=referential_version&entityId=${v1.qualificationCode}/1`,
        headers: admin,
      })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      "referential.publish",
      "referential.import",
    ]);
    expect(audit.items[1].after.blocks).toEqual(v1.blocks);
  });
});

describe("adoption by a branch", () => {
  const modules = [
    {
      code: "M1",
      title: "Bonnes pratiques de fabrication",
      capacities: [
        {
          code: "M1.C1",
          title: "Appliquer les BPF",
          methods: ["observation"],
          criteria: [{ code: "a", indicator: "Tenue conforme" }],
        },
      ],
    },
  ];

  it("lets a branch officer record their CPNE's adoption with modules, applied to the branch's candidates", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const branch = await buildBranch(t.ctx);
    const officer = (await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] }))
      .headers;
    const adoptionUrl = `/api/branches/${branch.code}/qualifications/${v1.qualificationCode}/adoptions`;
    const payload = {
      version: 1,
      decisionDate: "2013-04-02",
      agreementReference: "CPNE — délibération 2013-04",
      modules,
    };
    const created = await t.app.inject({ method: "POST", url: adoptionUrl, headers: officer, payload });
    expect(created.statusCode).toBe(201);

    const applied = (
      await t.app.inject({
        url: `/api/branches/${branch.code}/qualifications/${v1.qualificationCode}/referential`,
      })
    ).json();
    expect(applied.version.blocks).toEqual(v1.blocks);
    expect(applied.adoption).toMatchObject({
      decisionDate: "2013-04-02",
      modules: [expect.objectContaining({ code: "M1" })],
    });
    const catalogue = (await t.app.inject({ url: `/api/qualifications/${v1.qualificationCode}` })).json();
    expect(catalogue.branches.map((b: { code: string }) => b.code)).toEqual([branch.code]);
  });

  it("refuses an officer of another branch, a draft version, and modules reusing the CQPI's codes", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const code = v1.qualificationCode;
    const branch = await buildBranch(t.ctx);
    const other = (await signedIn(t.app, t.ctx, { role: "branch_officer" })).headers;
    const adoptionUrl = `/api/branches/${branch.code}/qualifications/${code}/adoptions`;
    const base = { version: 1, decisionDate: "2013-04-02", agreementReference: "CPNE" };
    expect(
      (await t.app.inject({ method: "POST", url: adoptionUrl, headers: other, payload: base })).json().error
        .code,
    ).toBe("NOT_YOUR_BRANCH");

    await t.app.inject({ method: "POST", url: url(code), headers: admin });
    const draft = await t.app.inject({
      method: "POST",
      url: adoptionUrl,
      headers: admin,
      payload: { ...base, version: 2 },
    });
    expect(draft.json().error.code).toBe("VERSION_NOT_PUBLISHED");

    const clash = [{ ...modules[0], code: "B1", capacities: [{ ...modules[0]!.capacities[0], code: "C1" }] }];
    const response = await t.app.inject({
      method: "POST",
      url: adoptionUrl,
      headers: admin,
      payload: { ...base, modules: clash },
    });
    expect(response.json().error.fields).toMatchObject({
      "modules.0.code": { code: "RESERVED_BLOCK_CODE", params: { code: "B1" } },
      "modules.0.capacities.0.code": { code: "RESERVED_CAPACITY_CODE", params: { code: "C1" } },
    });
    expect((await t.app.inject({ url: `/api/qualifications/${code}/adoptions` })).json().items).toEqual([]);
  });

  it("answers 404 REFERENTIAL_NOT_ADOPTED for a branch without adoption", async () => {
    const v1 = await buildPublishedVersion(t.ctx);
    const branch = await buildBranch(t.ctx);
    const response = await t.app.inject({
      url: `/api/branches/${branch.code}/qualifications/${v1.qualificationCode}/referential`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("REFERENTIAL_NOT_ADOPTED");
  });
});
