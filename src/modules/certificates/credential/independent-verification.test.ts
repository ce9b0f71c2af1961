import { createHash, createPublicKey, verify } from "node:crypto";
import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAward } from "../../../test/jury-factories.ts";
import { loadOpenBadgeSchema } from "../../../test/open-badges-schema.ts";
import { createTestApp, type TestApp } from "../../../test/test-app.ts";
import { platform } from "../../accounts/caller.ts";
import { generateIssuerKey } from "../generate-issuer-key.ts";
import { issueCertificate } from "../issue-certificate.ts";
import { findCertificateRow } from "../repository.ts";
import { createDocumentLoader } from "./document-loader.ts";

/**
 * An issued credential checked without the platform's signing and verifying libraries
 * (@digitalbazaar/data-integrity and the eddsa-rdfc-2022 cryptosuite): the eddsa-rdfc-2022 steps of the
 * W3C Data Integrity EdDSA Cryptosuites recommendation written out here (RDFC-1.0 canonicalisation with
 * jsonld, SHA-256 of the proof configuration and of the document, Ed25519 with node:crypto), the public key
 * taken from the DID document the platform serves, and the structure against the Open Badges 3.0 schema.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
});
afterAll(() => t.close());

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
function base58btc(text: string): Buffer {
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(BASE58.indexOf(c));
  const bytes: number[] = [];
  for (; n > 0n; n /= 256n) bytes.unshift(Number(n % 256n));
  for (const c of text) {
    if (c !== "1") break;
    bytes.unshift(0);
  }
  return Buffer.from(bytes);
}
/** A Multikey `z6Mk…` (multicodec ed25519-pub 0xed01 + 32 bytes) as a node:crypto public key. */
const ed25519KeyOf = (multibase: string) =>
  createPublicKey({
    key: Buffer.concat([
      Buffer.from("302a300506032b6570032100", "hex"),
      base58btc(multibase.slice(1)).subarray(2),
    ]),
    format: "der",
    type: "spki",
  });
const sha256 = (text: string) => createHash("sha256").update(text).digest();
const canonize = (document: object) =>
  jsonld.canonize(document, {
    algorithm: "RDFC-1.0",
    format: "application/n-quads",
    documentLoader: createDocumentLoader(),
    safe: true,
  });

/** The eddsa-rdfc-2022 proof check, step by step. */
async function isProofValid(credential: Record<string, unknown>, publicKeyMultibase: string) {
  const { proof, ...document } = credential;
  const [{ proofValue, ...proofConfig }] = proof as { proofValue: string }[] as [{ proofValue: string }];
  const hashData = Buffer.concat([
    sha256(await canonize({ ...proofConfig, "@context": document["@context"] })),
    sha256(await canonize(document)),
  ]);
  return verify(null, hashData, ed25519KeyOf(publicKeyMultibase), base58btc(proofValue.slice(1)));
}

describe("an issued credential, checked by code independent of the signing libraries", () => {
  it("has a proof that holds under RDFC-1.0 + SHA-256 + Ed25519 with the key of the published DID document", async () => {
    const { number } = await issueCertificate(t.ctx, { award: await buildAward(t.ctx), caller: platform });
    const credential = JSON.parse((await findCertificateRow(t.ctx.db, { number }))!.credential_json);
    const validate = await loadOpenBadgeSchema();
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true);

    const [proof] = credential.proof;
    expect(proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022" });
    const did = (await t.app.inject({ method: "GET", url: "/.well-known/did.json" })).json();
    expect(did.id).toBe(credential.issuer.id);
    expect(did.assertionMethod).toContain(proof.verificationMethod);
    const method = did.verificationMethod.find((m: { id: string }) => m.id === proof.verificationMethod);
    expect(await isProofValid(credential, method.publicKeyMultibase)).toBe(true);

    const altered = { ...credential, name: `${credential.name} ` };
    expect(await isProofValid(altered, method.publicKeyMultibase)).toBe(false);
  });
});
