import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorrespondenceMatrix } from "../../../web/src/features/correspondences/correspondence-matrix.ts";
import { logInAs } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { DEMO_EXTERNAL_CQP } from "./demo-correspondences.ts";
import { seedDemo } from "./seed-demo.ts";

/** The demo's interbranch world (bodies, libraries, correspondences) as its pages read it. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
});
afterAll(() => t.close());

describe("demo interbranch world", () => {
  type Body = { id: number; code: string };
  const bodyOf = async (code: string): Promise<Body> =>
    (await t.app.inject({ url: "/api/bodies" })).json().items.find((b: Body) => b.code === code);
  // One session for the block: logging in again each test would meet the login rate limit.
  let admin: Awaited<ReturnType<typeof logInAs>>;
  beforeAll(async () => {
    admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
  });

  it("seats members of both colleges in the national bodies and the CPNEs, with ended mandates kept", async () => {
    const bodyPage = async (code: string) =>
      (await t.app.inject({ url: `/api/bodies/${(await bodyOf(code)).id}`, headers: admin })).json();
    for (const code of ["COMITE-CQPI", "COC", "CPNE-UIMM", "CPNE-LEEM", "CPNE-ALLIANCE7", "CPNE-FCD"]) {
      const body = await bodyPage(code);
      const sitting = body.members.filter((m: { isSitting: boolean }) => m.isSitting);
      expect([code, new Set(sitting.map((m: { college: string }) => m.college))]).toEqual([
        code,
        new Set(["employer", "employee"]),
      ]);
    }
    expect((await bodyPage("COMITE-CQPI")).members).toContainEqual(
      expect.objectContaining({ organisation: "CGT-FO", mandateEnd: "2015-12-31", isSitting: false }),
    );
  });

  it("keeps the charter in two versions and attaches the minutes to each recognition of correspondences", async () => {
    const committee = await bodyOf("COMITE-CQPI");
    const library = (
      await t.app.inject({ url: `/api/documents?bodyId=${committee.id}`, headers: admin })
    ).json().items as { id: number; kind: string; versions: { version: number }[] }[];
    const charter = library.find((d) => d.kind === "charter")!;
    expect(charter.versions.map((v) => v.version)).toEqual([2, 1]);
    const file = await t.app.inject({
      url: `/api/documents/${charter.id}/versions/2/file`,
      headers: admin,
    });
    expect([file.headers["content-type"], file.body.slice(0, 5)]).toEqual(["application/pdf", "%PDF-"]);
    const cei = (await t.app.inject({ url: "/api/documents?qualificationCode=CEI", headers: admin })).json()
      .items;
    expect(cei.map((d: { kind: string }) => d.kind)).toEqual(["methodological_guide"]);
    for (const code of ["COMITE-CQPI", "COC"]) {
      const decisions = (
        await t.app.inject({ url: `/api/bodies/${(await bodyOf(code)).id}/decisions`, headers: admin })
      ).json().items as { kind: string; outcome: string; documents: { title: string }[] }[];
      const recognitions = decisions.filter((d) => d.kind === "recognise_correspondence");
      expect(recognitions.length).toBeGreaterThan(0);
      for (const decision of recognitions) {
        expect(decision.outcome).toBe("adopted");
        expect(decision.documents.map((d) => d.title)).toEqual([
          expect.stringMatching(/^Procès-verbal de la séance du /),
        ]);
      }
    }
  });

  it("shades several cells of the correspondence map and links a branch's own CQP", async () => {
    const correspondences = (await t.app.inject({ url: "/api/correspondences" })).json().items;
    expect(correspondences.length).toBeGreaterThanOrEqual(6);
    expect(correspondences.length).toBeLessThanOrEqual(12);
    const codes = (await t.app.inject({ url: "/api/qualifications" }))
      .json()
      .items.map((q: { code: string }) => q.code);
    const matrix = buildCorrespondenceMatrix(codes, correspondences);
    const shaded = matrix.rows.flatMap((row) =>
      row.cells
        .filter((c) => c.shared > 0 && row.code < c.columnCode)
        .map((c) => `${row.code}–${c.columnCode}`),
    );
    expect(shaded).toEqual(expect.arrayContaining(["AE–CEI", "CEI–OMI", "CEI–OQ", "AL–VCM", "VCAD–VCM"]));
    const external = (await t.app.inject({ url: "/api/external-certifications" })).json().items;
    expect(external).toEqual([
      expect.objectContaining({
        code: DEMO_EXTERNAL_CQP,
        branchCode: "ALLIANCE7",
        rncpCode: expect.any(String),
      }),
    ]);
  });

  it("carries the demo CEI certificate's capacities to the OQ and the AE, showing the correspondences' chain", async () => {
    const certificates = (await t.app.inject({ url: "/api/certificates?limit=200", headers: admin })).json()
      .items as { number: string; kind: string; qualification: { code: string }; branch: { code: string } }[];
    const cei = certificates.find((c) => c.qualification.code === "CEI" && c.kind === "full")!;
    const portability = async (qualification: string, branch: string) =>
      (
        await t.app.inject({
          url: `/api/certificates/${cei.number}/portability?qualification=${qualification}&branch=${branch}`,
        })
      ).json();
    const end = (qualificationCode: string, version: number | null, itemCode: string) => ({
      qualificationCode,
      version,
      itemCode,
    });
    const oq = await portability("OQ", "LEEM");
    expect(oq.acquired).toEqual([
      {
        capacityCode: "C2",
        via: {
          kind: "correspondence",
          chain: [end("CEI", 1, "C5"), end(DEMO_EXTERNAL_CQP, null, "BC2"), end("OQ", 1, "C2")],
        },
      },
    ]);
    expect(oq.remaining).toContainEqual({ capacityCode: "C3", reason: "partial_correspondence" });
    const ae = await portability("AE", "UIMM");
    expect(ae.acquired).toEqual([
      {
        capacityCode: "C3",
        via: { kind: "correspondence", chain: [end("CEI", 1, "C7"), end("AE", 1, "C3")] },
      },
    ]);
    expect(ae.remaining).toContainEqual({ capacityCode: "C6", reason: "partial_correspondence" });
  });
});
