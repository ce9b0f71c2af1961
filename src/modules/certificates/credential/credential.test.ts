import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadOpenBadgeSchema } from "../../../test/open-badges-schema.ts";
import { buildOpenBadgeCredential, type OpenBadgeFacts } from "./build-open-badge.ts";
import { createDocumentLoader, DocumentRefusedError } from "./document-loader.ts";
import { buildDidDocument, didWebOf, keyIdOf, multikeyOf } from "./issuer-did.ts";
import { generateSigningKey, type SigningKey, signCredential } from "./sign-credential.ts";
import { buildStatusListCredential } from "./status-list-credential.ts";
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

/** An issuer of its own, with a current and a rotated-out key, serving its documents from memory. */
async function buildIssuer() {
  const did = didWebOf("https://cqpi.example.org");
  const toKey = (k: { publicKeyMultibase: string; secretKeyMultibase: string }): SigningKey => ({
    ...k,
    id: keyIdOf(did, k.publicKeyMultibase),
    controller: did,
  });
  const oldKey = toKey(await generateSigningKey(did));
  const key = toKey(await generateSigningKey(did));
  const listUrl = "https://cqpi.example.org/api/status-lists/1";
  const revoked: number[] = [];
  const published = new Map<string, object>();
  const loader = createDocumentLoader(async (url) => published.get(url) ?? null);
  const publishList = async () => {
    const list = await buildStatusListCredential({
      url: listUrl,
      issuerId: did,
      validFrom: "2026-01-01T00:00:00Z",
      revokedIndices: revoked,
    });
    published.set(
      listUrl,
      await signCredential(list, key, { created: "2026-01-01T00:00:00Z", documentLoader: loader }),
    );
  };
  published.set(did, buildDidDocument(did, [oldKey.publicKeyMultibase, key.publicKeyMultibase]));
  for (const k of [oldKey, key]) published.set(k.id, multikeyOf(did, k.publicKeyMultibase));
  await publishList();
  return { did, key, oldKey, listUrl, loader, revoke: (i: number) => revoked.push(i) && publishList() };
}

function factsFor(
  issuer: { did: string; listUrl: string },
  overrides: Partial<OpenBadgeFacts> = {},
): OpenBadgeFacts {
  return {
    credentialUrl: "https://cqpi.example.org/api/certificates/UIMM-2026-123456782",
    issuer: { id: issuer.did, name: "Comité CQPI", url: "https://cqpi.example.org" },
    achievement: {
      id: "https://cqpi.example.org/api/qualifications/CEI/versions/1",
      code: "CEI",
      title: "Conducteur d'équipements industriels",
      description: "",
      referentialVersion: 1,
      caseFrameworkName: "CQPI CEI v1",
      blocks: [
        {
          code: "B1",
          title: "Préparer",
          capacities: [
            {
              code: "C1",
              title: "Préparer la production",
              caseItemUri: "https://cqpi.example.org/CFItems/1",
            },
          ],
        },
        {
          code: "B2",
          title: "Conduire",
          capacities: [
            { code: "C2", title: "Conduire l'équipement", caseItemUri: "https://cqpi.example.org/CFItems/2" },
          ],
        },
      ],
    },
    holderName: "Zoé Ðặng-Lefèvre",
    kind: "partial",
    acquiredBlockCodes: ["B1"],
    branchName: "Métallurgie",
    awardedOn: "2026-03-02",
    validFrom: "2026-03-02T00:00:00Z",
    evidence: {
      id: "https://cqpi.example.org/api/jury-decisions/7",
      narrative: "Session de jury 3, décision du 2 mars 2026.",
    },
    status: { listCredentialUrl: issuer.listUrl, index: 42 },
    ...overrides,
  };
}

describe("an award's Open Badges credential", () => {
  let issuer: Awaited<ReturnType<typeof buildIssuer>>;
  beforeAll(async () => {
    issuer = await buildIssuer();
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
    const signed = await sign(factsFor(issuer));
    expect(validate(signed), JSON.stringify(validate.errors)).toBe(true);
    expect(Array.isArray(signed.proof)).toBe(true);
    expect(await verify(signed)).toMatchObject({ verdict: "valid" });
  });

  it("fails verification when any single byte of the signed JSON changes", async () => {
    const text = JSON.stringify(await sign(factsFor(issuer)));
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
    expect(await verify(await sign(factsFor(issuer), issuer.oldKey))).toMatchObject({ verdict: "valid" });
  });

  it("says revoked once its index is set in the status list", async () => {
    const signed = await sign(factsFor(issuer, { status: { listCredentialUrl: issuer.listUrl, index: 9 } }));
    expect((await verify(signed)).verdict).toBe("valid");
    await issuer.revoke(9);
    expect(await verify(signed)).toMatchObject({ verdict: "revoked" });
  });

  it("says expired past its validUntil, and unknown issuer for another issuer or key", async () => {
    const expired = await signCredential(
      { ...buildOpenBadgeCredential(factsFor(issuer)), validUntil: "2026-04-01T00:00:00Z" },
      issuer.key,
      { created: "2026-03-02T10:00:00Z", documentLoader: issuer.loader },
    );
    expect(await verify(expired)).toMatchObject({ verdict: "expired" });
    const signed = await sign(factsFor(issuer));
    expect(
      (await verify({ ...signed, issuer: { ...(signed.issuer as object), id: "did:web:other" } })).verdict,
    ).toBe("unknown_issuer");
    const stranger = await generateSigningKey(issuer.did);
    const strangerKey = {
      ...stranger,
      id: keyIdOf(issuer.did, stranger.publicKeyMultibase),
      controller: issuer.did,
    };
    expect((await verify(await sign(factsFor(issuer), strangerKey))).verdict).toBe("unknown_issuer");
    expect((await verify({ ...signed, proof: undefined })).verdict).toBe("altered");
  });
});
