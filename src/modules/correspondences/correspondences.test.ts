import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildPublishedVersion,
  buildReferentialContent,
  signedIn,
} from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createDraft } from "../referentials/create-draft.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterEach(() => t.close());

const end = (qualificationCode: string, version: number | null, itemCode: string) => ({
  qualificationCode,
  version,
  itemCode,
});

async function world() {
  const [a, b, c] = [
    (await buildPublishedVersion(t.ctx)).qualificationCode,
    (await buildPublishedVersion(t.ctx)).qualificationCode,
    (await buildPublishedVersion(t.ctx)).qualificationCode,
  ];
  await createDraft(t.ctx, { actorUserId: null, code: a, content: buildReferentialContent() });
  const admin = await signedIn(t.app, t.ctx, { role: "admin" });
  const bodies = (await t.app.inject({ url: "/api/bodies" })).json().items as { id: number; code: string }[];
  const committee = bodies.find((x) => x.code === "COMITE-CQPI")!.id;
  const decide = async (against: number) =>
    (
      await t.app.inject({
        method: "POST",
        url: `/api/bodies/${committee}/decisions`,
        headers: admin.headers,
        payload: {
          kind: "recognise_correspondence",
          decidedOn: "2026-02-10",
          title: "Reconnaissance de correspondances",
          votes: { employer: { for: 3, against, abstain: 0 }, employee: { for: 3, against, abstain: 0 } },
        },
      })
    ).json();
  const recognised = await decide(0);
  const rejected = await decide(5);
  const record = (from: object, to: object, kind = "exact", decisionId = recognised.id) =>
    t.app.inject({
      method: "POST",
      url: "/api/correspondences",
      headers: admin.headers,
      payload: { from, to, kind, decisionId },
    });
  return { a, b, c, admin, recognised, rejected, record };
}

describe("correspondences", () => {
  it("records links between published items and an external certification's bloc, and lists them", async () => {
    const w = await world();
    const branch = await buildBranch(t.ctx);
    const external = await t.app.inject({
      method: "POST",
      url: "/api/external-certifications",
      headers: w.admin.headers,
      payload: {
        code: "CQP-MQ",
        title: "CQP Maroquinier",
        branchCode: branch.code,
        rncpCode: "RNCP12345",
        blocks: [{ code: "BX", title: "Contrôler la qualité" }],
      },
    });
    expect(external.statusCode).toBe(201);
    const exact = await w.record(end(w.a, 1, "C1"), end(w.b, 1, "C1"));
    expect(exact.statusCode).toBe(201);
    expect(exact.json()).toMatchObject({ from: end(w.a, 1, "C1"), to: end(w.b, 1, "C1"), kind: "exact" });
    const partial = await w.record(end(w.a, 1, "B2"), end("CQP-MQ", null, "BX"), "partial");
    expect(partial.json()).toMatchObject({
      to: { qualificationCode: "CQP-MQ", version: null },
      kind: "partial",
    });

    const all = await t.app.inject({ url: "/api/correspondences" });
    expect(all.json().items).toHaveLength(2);
    const ofB = await t.app.inject({ url: `/api/correspondences?qualificationCode=${w.b}` });
    expect(ofB.json().items.map((c: { id: number }) => c.id)).toEqual([exact.json().id]);
    const certifications = await t.app.inject({ url: "/api/external-certifications" });
    expect(certifications.json().items).toEqual([
      expect.objectContaining({
        code: "CQP-MQ",
        branchCode: branch.code,
        blocks: [{ code: "BX", title: "Contrôler la qualité" }],
      }),
    ]);
  });

  it("refuses unpublished versions, self-links, duplicates, loops of exact links, unknown items and unrecognised decisions", async () => {
    const w = await world();
    const code = async (response: Promise<{ json(): { error: { code: string } } }>) =>
      (await response).json().error;
    expect(await code(w.record(end(w.a, 2, "C1"), end(w.b, 1, "C1")))).toMatchObject({
      code: "CORRESPONDENCE_VERSION_NOT_PUBLISHED",
      params: { side: "from", qualificationCode: w.a, version: 2 },
    });
    expect((await code(w.record(end(w.a, 1, "C1"), end(w.a, 1, "C2")))).code).toBe(
      "CORRESPONDENCE_SELF_LINK",
    );
    await w.record(end(w.a, 1, "B1"), end(w.b, 1, "B1"));
    expect((await code(w.record(end(w.b, 1, "B1"), end(w.a, 1, "B1"), "related"))).code).toBe(
      "CORRESPONDENCE_DUPLICATE",
    );
    await w.record(end(w.b, 1, "B1"), end(w.c, 1, "B1"));
    expect((await code(w.record(end(w.c, 1, "B1"), end(w.a, 1, "B1")))).code).toBe("CORRESPONDENCE_CYCLE");
    expect((await w.record(end(w.c, 1, "B1"), end(w.a, 1, "B1"), "related")).statusCode).toBe(201);
    const unknownItem = await code(w.record(end(w.a, 1, "C1"), end(w.b, 1, "C9")));
    expect(unknownItem).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "to.itemCode": { code: "UNKNOWN_REFERENCE" } },
    });
    const unknownVersion = await code(w.record(end(w.a, 1, "C1"), end(w.b, 7, "C1")));
    expect(unknownVersion).toMatchObject({ fields: { "to.version": { code: "UNKNOWN_REFERENCE" } } });
    const notRecognised = await code(w.record(end(w.a, 1, "C3"), end(w.b, 1, "C3"), "exact", w.rejected.id));
    expect(notRecognised).toMatchObject({ fields: { decisionId: { code: "NOT_A_RECOGNITION" } } });
    expect((await t.app.inject({ url: "/api/correspondences" })).json().items).toHaveLength(3);
  });

  it("records a pair once when it is sent twice at the same time", async () => {
    const w = await world();
    const answers = await Promise.all([
      w.record(end(w.a, 1, "C2"), end(w.b, 1, "C2")),
      w.record(end(w.b, 1, "C2"), end(w.a, 1, "C2")),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect((await t.app.inject({ url: "/api/correspondences" })).json().items).toHaveLength(1);
  });

  it("appears in the CASE export as CFAssociations from the `from` item to the `to` item, whichever package", async () => {
    const w = await world();
    const before = (await t.app.inject({ url: `/api/qualifications/${w.a}/versions/1/case` })).json();
    await w.record(end(w.a, 1, "C1"), end(w.b, 1, "C1"));
    await w.record(end(w.c, 1, "B2"), end(w.a, 1, "B2"), "partial");
    const a = (await t.app.inject({ url: `/api/qualifications/${w.a}/versions/1/case` })).json();
    const b = (await t.app.inject({ url: `/api/qualifications/${w.b}/versions/1/case` })).json();
    const c = (await t.app.inject({ url: `/api/qualifications/${w.c}/versions/1/case` })).json();
    expect(a.CFAssociations.length).toBe(before.CFAssociations.length + 2);
    const links = a.CFAssociations.filter(
      (x: { associationType: string }) => x.associationType !== "isChildOf",
    );
    const itemOf = (pkg: typeof a, code: string) =>
      pkg.CFItems.find((i: { humanCodingScheme: string }) => i.humanCodingScheme === code);
    expect(links).toEqual([
      expect.objectContaining({
        associationType: "exactMatchOf",
        originNodeURI: expect.objectContaining({ uri: itemOf(a, "C1").uri }),
        destinationNodeURI: expect.objectContaining({
          uri: itemOf(b, "C1").uri,
          identifier: itemOf(b, "C1").identifier,
        }),
        extensions: { cqpi: { correspondenceKind: "exact" } },
      }),
      // Recorded from C's bloc to A's: C's item is the origin in A's package too.
      expect.objectContaining({
        associationType: "isPartOf",
        originNodeURI: expect.objectContaining({
          uri: itemOf(c, "B2").uri,
          identifier: itemOf(c, "B2").identifier,
        }),
        destinationNodeURI: expect.objectContaining({
          uri: itemOf(a, "B2").uri,
          identifier: itemOf(a, "B2").identifier,
        }),
      }),
    ]);
  });
});
