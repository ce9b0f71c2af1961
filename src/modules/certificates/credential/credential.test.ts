import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { buildMemoryIssuer, buildOpenBadgeFacts } from "../../../test/memory-issuer.ts";
import { loadOpenBadgeSchema } from "../../../test/open-badges-schema.ts";
import { buildOpenBadgeCredential, type OpenBadgeFacts } from "./build-open-badge.ts";
import { createDocumentLoader, DocumentRefusedError } from "./document-loader.ts";
import { didWebOf, keyIdOf } from "./issuer-did.ts";
import { generateSigningKey, type SigningKey, signCredential } from "./sign-credential.ts";
import { verifySignedCredential } from "./verify-credential.ts";

const vector = JSON.parse(
  await readFile(new URL("../../../../reference/open-badges-3/signing-vector.json", import.meta.url), "utf8"),
);

describe("the 1EdTech Open Badges 3.0 signing vector", () => {
  it("gives the published proof value from the same credential, key and proof options", async () => {
    const { keyPair, proofOptions } = vector;
    const key: SigningKey = { ...keyPair, id: keyPair.id, controller: keyPair.controller };
    const unsigned = structuredClone(vector.unsignedCredential);
    const signed = await signCredential(unsigned, key, {
      created: proofOptions.created,
      documentLoader: createDocumentLoader(),
    });
    expect(signed.proof).toEqual([{ ...proofOptions, proofValue: vector.expectedProofValue }]);
    expect(unsigned).toEqual(vector.unsignedCredential);
  });
});

describe("the document loader", () => {
  it("serves the bundled contexts and refuses any other URL without fetching it", async () => {
    const load = createDocumentLoader(async (url) => (url === "did:web:own" ? { id: url } : null));
    expect((await load("https://www.w3.org/ns/credentials/v2")).document).toBeTruthy();
    expect((await load("did:web:own")).document).toEqual({ id: "did:web:own" });
    await expect(load("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json")).rejects.toThrow(
      DocumentRefusedError,
    );
    await expect(load("https://example.com/anything.json")).rejects.toThrow(DocumentRefusedError);
  });
});

describe("did:web of the public address", () => {
  it.each([
    ["http://localhost:3000", "did:web:localhost%3A3000"],
    ["https://cqpi.example.org", "did:web:cqpi.example.org"],
    ["https://example.org/cqpi", "did:web:example.org:cqpi"],
  ])("%s is %s", (url, did) => expect(didWebOf(url)).toBe(did));
});

describe("an award's Open Badges credential", () => {
  let issuer: Awaited<ReturnType<typeof buildMemoryIssuer>>;
  beforeAll(async () => {
    issuer = await buildMemoryIssuer();
  });
  const now = new Date("2026-06-01T00:00:00Z");
  const sign = (facts: OpenBadgeFacts, key = issuer.key) =>
    signCredential(buildOpenBadgeCredential(facts), key, {
      created: "2026-03-02T10:00:00Z",
      documentLoader: issuer.loader,
    });
  const verify = (credential: unknown) =>
    verifySignedCredential(credential, { issuerDid: issuer.did, documentLoader: issuer.loader, now });

  it("validates against the Open Badges 3.0 schema, signed, with its proof as an array", async () => {
    const validate = await loadOpenBadgeSchema();
    const signed = await sign(buildOpenBadgeFacts(issuer));
    expect(validate(signed), JSON.stringify(validate.errors)).toBe(true);
    expect(Array.isArray(signed.proof)).toBe(true);
    expect(await verify(signed)).toMatchObject({ verdict: "valid" });
  });

  it("fails verification when any single byte of the signed JSON changes", async () => {
    const text = JSON.stringify(await sign(buildOpenBadgeFacts(issuer)));
    const verdicts = new Set<string>();
    // Every 7th character, replaced by another: values, keys and the proof itself.
    for (let i = 0; i < text.length; i += 7) {
      const changed = `${text.slice(0, i)}${text[i] === "A" ? "B" : "A"}${text.slice(i + 1)}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(changed);
      } catch {
        continue;
      }
      const outcome = await verify(parsed);
      verdicts.add(outcome.verdict);
      expect(outcome.verdict, `character ${i}: ${changed.slice(i - 20, i + 20)}`).not.toBe("valid");
    }
    expect(verdicts).toContain("altered");
  }, 120_000);

  it("still verifies what a rotated-out key signed", async () => {
    expect(await verify(await sign(buildOpenBadgeFacts(issuer), issuer.oldKey))).toMatchObject({
      verdict: "valid",
    });
  });

  it("says revoked once its index is set in the status list", async () => {
    const signed = await sign(
      buildOpenBadgeFacts(issuer, { status: { listCredentialUrl: issuer.listUrl, index: 9 } }),
    );
    expect((await verify(signed)).verdict).toBe("valid");
    await issuer.revoke(9);
    expect(await verify(signed)).toMatchObject({ verdict: "revoked" });
  });

  it("says expired past its validUntil, and unknown issuer for another issuer or key", async () => {
    const expired = await signCredential(
      { ...buildOpenBadgeCredential(buildOpenBadgeFacts(issuer)), validUntil: "2026-04-01T00:00:00Z" },
      issuer.key,
      { created: "2026-03-02T10:00:00Z", documentLoader: issuer.loader },
    );
    expect(await verify(expired)).toMatchObject({ verdict: "expired" });
    const signed = await sign(buildOpenBadgeFacts(issuer));
    expect(
      (await verify({ ...signed, issuer: { ...(signed.issuer as object), id: "did:web:other" } })).verdict,
    ).toBe("unknown_issuer");
    const stranger = await generateSigningKey(issuer.did);
    const strangerKey = {
      ...stranger,
      id: keyIdOf(issuer.did, stranger.publicKeyMultibase),
      controller: issuer.did,
    };
    expect((await verify(await sign(buildOpenBadgeFacts(issuer), strangerKey))).verdict).toBe(
      "unknown_issuer",
    );
    expect((await verify({ ...signed, proof: undefined })).verdict).toBe("altered");
  });
});
