import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildPublishedVersion,
  buildReferentialContent,
  signedIn,
} from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { ensureIssuerKey } from "../certificates/generate-issuer-key.ts";
import { issueCertificate } from "../certificates/issue-certificate.ts";
import { revokeCertificate } from "../certificates/revoke-certificate.ts";
import { recordAdoption } from "../referentials/record-adoption.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
  await ensureIssuerKey(t.ctx);
});
afterEach(() => t.close());

const moduleBlock = {
  code: "M1",
  title: "Module de branche",
  rncpCode: null,
  capacities: [
    {
      code: "M1.C1",
      title: "Hygiène",
      conditions: "En atelier.",
      methods: ["observation" as const],
      criteria: [{ code: "M1.C1.1", indicator: "Règles respectées", weight: 1 }],
    },
  ],
};

async function world() {
  const award = await buildAward(t.ctx);
  const certificate = await issueCertificate(t.ctx, { award, caller: platform });
  const code = award.qualification.code;
  const target = await buildBranch(t.ctx);
  const adopt = (qualificationCode: string, modules = [moduleBlock]) =>
    recordAdoption(t.ctx, {
      caller: platform,
      branchCode: target.code,
      code: qualificationCode,
      input: { version: 1, decisionDate: "2021-01-01", agreementReference: "CPNE", modules },
    });
  await adopt(code);
  const admin = await signedIn(t.app, t.ctx, { role: "admin" });
  const ask = (query: string, headers: Record<string, string> = admin.headers) =>
    t.app.inject({ url: `/api/portability?${query}`, headers });
  return { award, certificate, code, target, adopt, admin, ask };
}

describe("portability", () => {
  it("answers a holder moving to another branch: the CQPI carried over, only the branch's module remaining", async () => {
    const w = await world();
    const answer = await w.ask(
      `certificate=${w.certificate.number}&qualification=${w.code}&branch=${w.target.code}`,
    );
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      acquired: ["C1", "C2", "C3"].map((capacityCode) => ({
        capacityCode,
        via: { kind: "direct", qualificationCode: w.code, version: 1, capacityCode },
      })),
      remaining: [{ capacityCode: "M1.C1", reason: "branch_module" }],
    });
    const anonymous = await t.app.inject({
      url: `/api/portability?qualificationFrom=${w.code}&qualification=${w.code}&branch=${w.target.code}`,
    });
    expect(anonymous.json()).toEqual(answer.json());
  });

  it("keeps a certificate's answer to those who may see the certificate", async () => {
    const w = await world();
    const query = `certificate=${w.certificate.number}&qualification=${w.code}&branch=${w.target.code}`;
    const anonymous = await t.app.inject({ url: `/api/portability?${query}` });
    expect(anonymous.statusCode).toBe(401);
    const stranger = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [w.target.code] });
    expect((await w.ask(query, stranger.headers)).json().error.code).toBe("FORBIDDEN");
    const both = await w.ask(`${query}&qualificationFrom=${w.code}`);
    expect(both.json().error.fields.certificate.code).toBe("REQUIRED");
  });

  it("never counts a revoked certificate, and says so", async () => {
    const w = await world();
    await revokeCertificate(t.ctx, { caller: platform, number: w.certificate.number, reason: "Fraude" });
    const answer = await w.ask(
      `certificate=${w.certificate.number}&qualification=${w.code}&branch=${w.target.code}`,
    );
    expect(answer.json().acquired).toEqual([]);
    expect(answer.json().remaining.map((r: { reason: string }) => r.reason)).toEqual([
      "revoked",
      "revoked",
      "revoked",
      "revoked",
    ]);
  });

  it("carries capacities of another CQPI through a recognised exact correspondence, with the chain", async () => {
    const w = await world();
    const other = (await buildPublishedVersion(t.ctx, { content: buildReferentialContent() }))
      .qualificationCode;
    await w.adopt(other, []);
    const committee = (await t.app.inject({ url: "/api/bodies" }))
      .json()
      .items.find((b: { code: string }) => b.code === "COMITE-CQPI");
    const decision = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${committee.id}/decisions`,
      headers: w.admin.headers,
      payload: {
        kind: "recognise_correspondence",
        decidedOn: "2026-02-10",
        title: "Correspondance",
        votes: { employer: { for: 2, against: 0, abstain: 0 }, employee: { for: 2, against: 0, abstain: 0 } },
      },
    });
    const link = (from: string, to: string, kind: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/correspondences",
        headers: w.admin.headers,
        payload: {
          from: { qualificationCode: w.code, version: 1, itemCode: from },
          to: { qualificationCode: other, version: 1, itemCode: to },
          kind,
          decisionId: decision.json().id,
        },
      });
    expect((await link("B1", "B1", "exact")).statusCode).toBe(201);
    expect((await link("C3", "C3", "partial")).statusCode).toBe(201);
    const answer = await w.ask(
      `certificate=${w.certificate.number}&qualification=${other}&branch=${w.target.code}`,
    );
    expect(answer.json().acquired).toEqual(
      ["C1", "C2"].map((capacityCode) => ({
        capacityCode,
        via: {
          kind: "correspondence",
          chain: [
            { qualificationCode: w.code, version: 1, itemCode: "B1" },
            { qualificationCode: other, version: 1, itemCode: "B1" },
          ],
        },
      })),
    );
    expect(answer.json().remaining).toEqual([{ capacityCode: "C3", reason: "partial_correspondence" }]);
  });

  it("answers anyone with a certificate's number, from its public facts only, revoked included", async () => {
    const w = await world();
    const target = `qualification=${w.code}&branch=${w.target.code}`;
    const ofCertificate = (number: string) =>
      t.app.inject({ url: `/api/certificates/${number}/portability?${target}` });
    const anonymous = await ofCertificate(w.certificate.number);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual((await w.ask(`certificate=${w.certificate.number}&${target}`)).json());
    expect(anonymous.body).not.toContain(w.certificate.holder.familyName);
    await revokeCertificate(t.ctx, { caller: platform, number: w.certificate.number, reason: "Fraude" });
    const revoked = (await ofCertificate(w.certificate.number)).json();
    expect(revoked.acquired).toEqual([]);
    expect(new Set(revoked.remaining.map((r: { reason: string }) => r.reason))).toEqual(new Set(["revoked"]));
    const unknown = await ofCertificate("UIMM-2026-00000000-0");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("CERTIFICATE_NOT_FOUND");
  });
});
