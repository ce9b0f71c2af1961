import { decodeList } from "@digitalbazaar/vc-bitstring-status-list";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, signedIn } from "../../test/factories.ts";
import type { AwardOptions } from "../../test/jury-factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import type { BranchView } from "../catalogue/schemas.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueCertificate } from "./issue-certificate.ts";
import { findCertificateRow } from "./repository.ts";

let t: TestApp;
let branch: BranchView;
let officer: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
  branch = await buildBranch(t.ctx, { name: "Métallurgie" });
  officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] });
});
afterAll(() => t.close());

/** A certificate of `branch` for a holder named Élodie Dupré-Nguyễn (unless told otherwise). */
async function issue(options: AwardOptions = {}) {
  const candidate = { birthName: "Dupré-Nguyễn", firstNames: ["Élodie"], ...options.candidate };
  const award = await buildAward(t.ctx, { branch, ...options, candidate });
  const { number } = await issueCertificate(t.ctx, { award, caller: platform });
  const row = (await findCertificateRow(t.ctx.db, { number }))!;
  return {
    number,
    award,
    token: row.qr_token,
    credential: JSON.parse(row.credential_json) as Record<string, unknown>,
  };
}
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url, headers });
const verify = async (credential: unknown) =>
  (await t.app.inject({ method: "POST", url: "/api/verify", payload: { credential } })).json();

describe("public verification by number", () => {
  it("names the holder only to whoever types the holder's family name, or holds the QR token", async () => {
    const { number, token } = await issue();
    const anonymous = await get(`/api/certificates/${number}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({
      number,
      status: "valid",
      branchName: "Métallurgie",
      holder: null,
    });
    expect(anonymous.body).not.toContain("Élodie");
    expect(anonymous.body).not.toContain("pathway");
    const wrong = await get(`/api/certificates/${number}?familyName=Dupont`);
    expect(wrong.json().holder).toBeNull();
    const typed = await get(`/api/certificates/${number}?familyName=${encodeURIComponent("dupre nguyen")}`);
    expect(typed.json().holder).toEqual({ givenNames: "Élodie", familyName: "Dupré-Nguyễn" });
    expect((await get(`/api/certificates/${number}?token=${token}`)).json().holder).not.toBeNull();
    expect((await get(`/api/certificates/${number}?token=${token}x`)).json().holder).toBeNull();
  });

  it("answers CERTIFICATE_NOT_FOUND for an unknown number or a wrong check digit", async () => {
    const { number } = await issue();
    const wrongCheck = `${number.slice(0, -1)}${(Number(number.at(-1)) + 1) % 10}`;
    for (const url of [
      `/api/certificates/${wrongCheck}`,
      "/api/certificates/UIMM-2026-00000001-1",
      "/api/certificates/x",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("CERTIFICATE_NOT_FOUND");
    }
  });
});

describe("downloading the credential and the PDF", () => {
  it("is for the holder, the holder's employer, the branch's staff, or the QR token's bearer", async () => {
    const company = await buildCompany(t.ctx, { branchCode: branch.code });
    const holder = await signedIn(t.app, t.ctx, { role: "candidate" });
    const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId: company.id });
    const { number, token } = await issue({
      candidate: { userId: holder.user.id, companyId: company.id, employmentStatus: "employee" },
    });
    const url = `/api/certificates/${number}/credential`;
    for (const who of [holder, employer, officer]) expect((await get(url, who.headers)).statusCode).toBe(200);
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    expect((await get(url, admin.headers)).json().type).toContain("OpenBadgeCredential");
    expect((await get(`${url}?token=${token}`)).statusCode).toBe(200);
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(`${url}?token=nope`)).statusCode).toBe(401);
    const strangers = await Promise.all([
      signedIn(t.app, t.ctx, { role: "candidate" }),
      signedIn(t.app, t.ctx, { role: "employer" }),
      signedIn(t.app, t.ctx, { role: "branch_officer" }),
      signedIn(t.app, t.ctx, { role: "evaluator" }),
    ]);
    for (const stranger of strangers) {
      const response = await get(url, stranger.headers);
      expect(response.statusCode, stranger.user.role).toBe(403);
      expect(response.json().error.code).toBe("FORBIDDEN");
    }
    const pdf = await get(`/api/certificates/${number}/certificate.pdf?token=${token}`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await get(`/api/certificates/${number}/certificate.pdf`, strangers[0]!.headers)).statusCode).toBe(
      403,
    );
  });
});

describe("verifying a credential JSON", () => {
  it("says valid for an issued credential, altered once a value changes, unknown issuer for another's", async () => {
    const { number, credential } = await issue();
    expect(await verify(credential)).toMatchObject({ verdict: "valid", certificateNumber: number });
    const subject = credential.credentialSubject as { identifier: { identityHash: string }[] };
    const renamed = structuredClone(credential);
    (renamed.credentialSubject as typeof subject).identifier[0]!.identityHash = "Quelqu'un d'autre";
    expect(await verify(renamed)).toMatchObject({ verdict: "altered", certificateNumber: null });
    expect((await verify(renamed)).reason).toContain("modifiée");
    const foreign = { ...credential, issuer: { id: "did:web:ailleurs.example", type: ["Profile"] } };
    expect((await verify(foreign)).verdict).toBe("unknown_issuer");
  });

  it("refuses a body that is not a credential object, naming the field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/verify",
      payload: { credential: "texte" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty("credential");
  });
});

describe("revoking a certificate", () => {
  const revoke = (number: string, headers: Record<string, string>, reason = "Fraude constatée au livret") =>
    t.app.inject({ method: "POST", url: `/api/certificates/${number}/revoke`, headers, payload: { reason } });

  it("by the branch's officer: audited, the status list re-signed at once, every verification says revoked", async () => {
    const { number, credential } = await issue();
    const response = await revoke(number, officer.headers);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: "revoked",
      revocation: { reason: "Fraude constatée au livret" },
    });
    expect(await verify(credential)).toMatchObject({ verdict: "revoked" });
    expect((await get(`/api/certificates/${number}`)).json()).toMatchObject({ status: "revoked" });
    const status = credential.credentialStatus as { statusListCredential: string; statusListIndex: string };
    const list = (await get(new URL(status.statusListCredential).pathname)).json();
    expect(list.credentialSubject.type).toBe("BitstringStatusList");
    const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
    expect(bits.getStatus(Number(status.statusListIndex))).toBe(true);
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "certificate.revoke")
      .where("entity_id", "=", number)
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(officer.user.id);
    expect(audit.after_json).toContain("Fraude");
  });

  it("is refused twice, outside the officer's branch, and without a reason", async () => {
    const { number, credential } = await issue();
    const other = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    expect((await revoke(number, other.headers)).json().error.code).toBe("FORBIDDEN");
    const blank = await revoke(number, officer.headers, " ");
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields).toHaveProperty("reason");
    expect((await verify(credential)).verdict).toBe("valid");
    expect((await revoke(number, officer.headers)).statusCode).toBe(200);
    const again = await revoke(number, officer.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("CERTIFICATE_ALREADY_REVOKED");
  });

  it("keeps every revocation in the list when several are made at once", async () => {
    const issued = await Promise.all([issue(), issue(), issue(), issue()]);
    const responses = await Promise.all(issued.map((c) => revoke(c.number, officer.headers)));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    for (const { credential } of issued) expect((await verify(credential)).verdict).toBe("revoked");
    const twice = await issue();
    const both = await Promise.all([
      revoke(twice.number, officer.headers),
      revoke(twice.number, officer.headers),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe("public look-ups from one address", () => {
  it("are limited per minute, each answered RATE_LIMITED past the limit", async () => {
    const limited = await createTestApp({ verificationsPerIpPerMinute: 2 });
    try {
      const lookUp = () =>
        limited.app.inject({ method: "GET", url: "/api/certificates/UIMM-2026-00000001-1" });
      expect((await lookUp()).statusCode).toBe(404);
      expect((await lookUp()).statusCode).toBe(404);
      const refused = await lookUp();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe("RATE_LIMITED");
      const verify = await limited.app.inject({
        method: "POST",
        url: "/api/verify",
        payload: { credential: {} },
      });
      expect(verify.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
