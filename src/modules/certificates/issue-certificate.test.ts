import { stat } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../server/errors.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { loadOpenBadgeSchema } from "../../test/open-badges-schema.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueCertificate } from "./issue-certificate.ts";
import { readKeyFile } from "./issuer-key-file.ts";
import { findCertificateRow } from "./repository.ts";
import { rotateIssuerKey } from "./rotate-issuer-key.ts";
import { isWellFormedCertificateNumber } from "./rules.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ISSUED",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
/** The parts of an issued credential these tests read. */
interface IssuedCredential {
  proof: { verificationMethod: string }[];
  credentialSubject: {
    identifier: { identityHash: string }[];
    result: { resultDescription: string }[];
    achievement: { alignment: Record<string, unknown>[] };
  };
}
const credentialOf = async (number: string) =>
  JSON.parse((await findCertificateRow(t.ctx.db, { number }))!.credential_json) as IssuedCredential;
const verify = async (credential: unknown) =>
  (await t.app.inject({ method: "POST", url: "/api/verify", payload: { credential } })).json();

describe("issuing certificates", () => {
  it("is refused while the issuer has no signing key, and writes nothing", async () => {
    const award = await buildAward(t.ctx);
    await expect(issueCertificate(t.ctx, { award, caller: platform })).rejects.toMatchObject({
      code: "ISSUER_KEY_MISSING",
      params: { reason: "not_generated" },
    });
    expect(await findCertificateRow(t.ctx.db, { juryDecisionId: award.juryDecisionId })).toBeUndefined();
  });

  it("gives a full award a check-digited number and a signed credential valid against the Open Badges schema", async () => {
    await generateIssuerKey(t.ctx, { caller: platform });
    const award = await buildAward(t.ctx, {
      candidate: { birthName: "Lefèvre", firstNames: ["Zoé", "Anaïs"] },
    });
    const certificate = await issueCertificate(t.ctx, { award, caller: platform });
    expect(isWellFormedCertificateNumber(certificate.number)).toBe(true);
    expect(certificate.number.startsWith(`${award.branch.code}-2026-`)).toBe(true);
    expect(certificate).toMatchObject({
      status: "valid",
      kind: "full",
      blockCodes: ["B1", "B2"],
      awardedOn: award.decidedOn,
    });
    const credential = await credentialOf(certificate.number);
    const validate = await loadOpenBadgeSchema();
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true);
    expect(credential.proof).toHaveLength(1);
    expect(credential.credentialSubject.identifier[0]?.identityHash).toBe("Zoé Anaïs Lefèvre");
    expect(credential.credentialSubject.result).toHaveLength(2);
    expect(credential.credentialSubject.achievement.alignment[0]).toMatchObject({
      targetType: "CFItem",
      targetCode: "C1",
    });
    expect(await verify(credential)).toMatchObject({
      verdict: "valid",
      certificateNumber: certificate.number,
    });
  });

  it("states only the blocs acquired for a partial award, and refuses blocs the referential lacks", async () => {
    const award = await buildAward(t.ctx, { kind: "partial", blockCodes: ["B2"] });
    const certificate = await issueCertificate(t.ctx, { award, caller: platform });
    expect(certificate.blockCodes).toEqual(["B2"]);
    const results = (await credentialOf(certificate.number)).credentialSubject.result;
    expect(results.map((r) => r.resultDescription.split("#")[1])).toEqual(["bloc-B2"]);
    const unknown = await buildAward(t.ctx, { kind: "partial", blockCodes: ["B9"] });
    await expect(issueCertificate(t.ctx, { award: unknown, caller: platform })).rejects.toMatchObject({
      code: "AWARD_BLOCKS_INVALID",
      params: { codes: ["B9"] },
      fields: { blockCodes: { code: "UNKNOWN_REFERENCE", params: { value: "B9" } } },
    });
    const none = await buildAward(t.ctx, { kind: "partial", blockCodes: [] });
    await expect(issueCertificate(t.ctx, { award: none, caller: platform })).rejects.toMatchObject({
      code: "AWARD_BLOCKS_INVALID",
      fields: { blockCodes: { code: "TOO_FEW", params: { min: 1 } } },
    });
    expect(await findCertificateRow(t.ctx.db, { juryDecisionId: unknown.juryDecisionId })).toBeUndefined();
  });

  it("never issues twice for the same award, even when called twice at once", async () => {
    const award = await buildAward(t.ctx);
    const [first, second] = await Promise.all([
      issueCertificate(t.ctx, { award, caller: platform }),
      issueCertificate(t.ctx, { award, caller: platform }),
    ]);
    const again = await issueCertificate(t.ctx, { award, caller: platform });
    expect(second.number).toBe(first.number);
    expect(again.number).toBe(first.number);
    const rows = await t.ctx.db
      .selectFrom("certificates")
      .select("id")
      .where("jury_decision_id", "=", award.juryDecisionId)
      .execute();
    expect(rows).toHaveLength(1);
    const audits = await t.ctx.db
      .selectFrom("audit_events")
      .select("seq")
      .where("action", "=", "certificate.issue")
      .where("entity_id", "=", first.number)
      .execute();
    expect(audits).toHaveLength(1);
  });
});

describe("issuer keys", () => {
  it("keeps private keys in the key file only, readable by the platform's user alone", async () => {
    const keys = await readKeyFile(t.ctx.config.keyFile);
    expect(keys.length).toBeGreaterThan(0);
    expect((await stat(t.ctx.config.keyFile)).mode & 0o077).toBe(0);
    const tables = ["issuer_keys", "status_lists", "certificates", "audit_events"] as const;
    for (const table of tables) {
      const rows = JSON.stringify(await t.ctx.db.selectFrom(table).selectAll().execute());
      for (const key of keys) expect(rows, table).not.toContain(key.secretKeyMultibase);
    }
    const did = await t.app.inject({ method: "GET", url: "/.well-known/did.json" });
    for (const key of keys) expect(did.body).not.toContain(key.secretKeyMultibase);
  });

  it("refuses a second generation; after a rotation, what the old key signed still verifies", async () => {
    expect(await codeOf(generateIssuerKey(t.ctx, { caller: platform }))).toBe("ISSUER_KEY_EXISTS");
    const before = await issueCertificate(t.ctx, { award: await buildAward(t.ctx), caller: platform });
    const rotation = await rotateIssuerKey(t.ctx, { caller: platform });
    const after = await issueCertificate(t.ctx, { award: await buildAward(t.ctx), caller: platform });
    const [oldProof] = (await credentialOf(before.number)).proof;
    const [newProof] = (await credentialOf(after.number)).proof;
    if (!oldProof || !newProof) throw new Error("unsigned credential");
    expect(oldProof.verificationMethod).toContain(rotation.retiredPublicKeyMultibase);
    expect(newProof.verificationMethod).toBe(rotation.keyId);
    const did = (await t.app.inject({ method: "GET", url: "/.well-known/did.json" })).json();
    expect(did.id).toBe("did:web:localhost%3A3000");
    expect(did.assertionMethod).toEqual(
      expect.arrayContaining([oldProof.verificationMethod, rotation.keyId]),
    );
    expect((await verify(await credentialOf(before.number))).verdict).toBe("valid");
    expect((await verify(await credentialOf(after.number))).verdict).toBe("valid");
  });
});
