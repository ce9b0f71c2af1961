import { readFile } from "node:fs/promises";
import { verifyCredential } from "@digitalcredentials/verifier-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildAward } from "../../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../../test/test-app.ts";
import { platform } from "../../accounts/caller.ts";
import { generateIssuerKey } from "../generate-issuer-key.ts";
import { issueCertificate } from "../issue-certificate.ts";
import { findCertificateRow } from "../repository.ts";
import { revokeCertificate } from "../revoke-certificate.ts";

/**
 * An issued credential checked by the Digital Credentials Consortium's verifier (the library behind its
 * public VerifierPlus site and its Learner Credential Wallet), whose code shares nothing with the
 * platform's own verification: it resolves the issuer's did:web and the status list over HTTP, and
 * checks the Open Badges 3.0 schema it fetches from 1EdTech's address. Nothing leaves the machine: its
 * HTTP requests are answered by the platform under test (the DID document, the status list) and by the
 * schema of the reference folder; any other request fails the test.
 */
const obSchemaUrl =
  "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
const obSchemaFile = new URL(
  "../../../../reference/open-badges-3/ob_v3p0_achievementcredential_schema.json",
  import.meta.url,
);

let t: TestApp;
const requested: string[] = [];
const refused: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
  const platformHost = new URL(t.ctx.config.publicUrl).host;
  const schema = await readFile(obSchemaFile, "utf8");
  // did:web resolves to https://<host>/…: the platform answers whatever the scheme.
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requested.push(url.href);
    if (url.href === obSchemaUrl)
      return new Response(schema, { headers: { "content-type": "application/json" } });
    if (url.host !== platformHost) {
      refused.push(url.href);
      throw new TypeError(`offline: ${url.href}`);
    }
    const answer = await t.app.inject({
      method: (init?.method ?? "GET") as "GET",
      url: `${url.pathname}${url.search}`,
      headers: { accept: "application/json" },
    });
    return new Response(answer.body, {
      status: answer.statusCode,
      headers: { "content-type": String(answer.headers["content-type"] ?? "application/json") },
    });
  });
});
afterEach(() => {
  expect(refused).toEqual([]);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await t.close();
});

const holderFamilyName = "Dupré-Nguyễn";
async function issue() {
  const candidate = { birthName: holderFamilyName, firstNames: ["Élodie"] };
  const award = await buildAward(t.ctx, { candidate });
  const { number } = await issueCertificate(t.ctx, { award, caller: platform });
  const row = (await findCertificateRow(t.ctx.db, { number }))!;
  return { number, credential: JSON.parse(row.credential_json) as Record<string, unknown> };
}

interface LogEntry {
  id: string;
  valid?: boolean;
  error?: { name: string; message: string };
}
interface Verdict {
  errors?: { name: string; message: string }[];
  log?: LogEntry[];
  additionalInformation?: { id: string; results?: { result?: { valid?: boolean; errors?: unknown } }[] }[];
}

const verifyElsewhere = (credential: Record<string, unknown>) =>
  verifyCredential({
    credential: structuredClone(credential) as never,
    knownDIDRegistries: [],
  }) as Promise<Verdict>;
const step = (verdict: Verdict, id: string) => verdict.log?.find((entry) => entry.id === id);

describe("the Digital Credentials Consortium's verifier", () => {
  it("finds the signature valid, the credential unrevoked and unexpired, and the schema satisfied", async () => {
    const { credential } = await issue();
    const verdict = await verifyElsewhere(credential);

    expect(verdict.errors).toBeUndefined();
    expect(step(verdict, "valid_signature")).toMatchObject({ valid: true });
    expect(step(verdict, "revocation_status")).toMatchObject({ valid: true });
    expect(step(verdict, "expiration")).toMatchObject({ valid: true });
    const schemaCheck = verdict.additionalInformation?.find((entry) => entry.id === "schema_check");
    expect(schemaCheck?.results?.[0]?.result).toMatchObject({ valid: true });
    // It read the issuer's keys and the status list from the platform, as it would on the Internet.
    expect(requested.some((url) => url.endsWith("/.well-known/did.json"))).toBe(true);
    expect(requested.some((url) => url.includes("/api/status-lists/"))).toBe(true);
  });

  it("sees a revocation as soon as the status list is signed again", async () => {
    const { number, credential } = await issue();
    await revokeCertificate(t.ctx, { caller: platform, number, reason: "Fraude documentaire" });
    const verdict = await verifyElsewhere(credential);

    expect(step(verdict, "valid_signature")).toMatchObject({ valid: true });
    expect(step(verdict, "revocation_status")).toMatchObject({ valid: false });
  });

  it("refuses a credential altered by one word", async () => {
    const { credential } = await issue();
    const tampered = JSON.parse(JSON.stringify(credential).replaceAll(holderFamilyName, "Usurpateur"));
    expect(tampered).not.toEqual(credential);
    const verdict = await verifyElsewhere(tampered);

    expect(verdict.errors?.map((error) => error.name)).toContain("invalid_signature");
  });
});
