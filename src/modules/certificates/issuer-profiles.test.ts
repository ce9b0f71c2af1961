import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { buildBranch } from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { loadOpenBadgeSchema } from "../../test/open-badges-schema.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueCertificate } from "./issue-certificate.ts";
import { readIssuerProfiles } from "./issuer-profiles.ts";
import { findCertificateRow } from "./repository.ts";

const cpne = {
  name: "CPNE de la métallurgie",
  url: "https://cpne-metallurgie.example.org",
  email: "cpne@metallurgie.example.org",
};

describe("the issuer profiles file", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "cqpi-issuers-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const write = (content: string) => {
    const file = path.join(folder, `${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    return file;
  };

  it("is read into the configuration, one profile per branch code", () => {
    const file = write(JSON.stringify({ UIMM: cpne, LEEM: { name: "CPNE des industries du médicament" } }));
    expect(loadConfig({ CQPI_ISSUER_PROFILES_FILE: file }).issuerProfiles).toEqual({
      UIMM: cpne,
      LEEM: { name: "CPNE des industries du médicament" },
    });
    expect(loadConfig({}).issuerProfiles).toEqual({});
  });

  it.each([
    ["a profile without a name", { UIMM: { url: cpne.url } }, "UIMM.name"],
    ["a web address that is not one", { UIMM: { name: "CPNE", url: "ftp://x" } }, "UIMM.url"],
    ["a field the profile does not have", { UIMM: { name: "CPNE", logo: "x" } }, "UIMM"],
    ["a branch code in lower case", { uimm: { name: "CPNE" } }, "uimm"],
  ])("stops the platform at start on %s, naming it", (_case, content, where) => {
    const file = write(JSON.stringify(content));
    expect(() => readIssuerProfiles(file)).toThrow(where);
  });

  it("stops the platform at start when the file is missing or not JSON", () => {
    expect(() => readIssuerProfiles(path.join(folder, "missing.json"))).toThrow("CQPI_ISSUER_PROFILES_FILE");
    expect(() => readIssuerProfiles(write("{ not json"))).toThrow("CQPI_ISSUER_PROFILES_FILE");
  });
});

describe("credentials of a branch with its own issuer profile", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ issuerProfiles: { METAL: cpne } });
    await generateIssuerKey(t.ctx, { caller: platform });
  });
  afterAll(() => t.close());

  const issuedCredential = async (branchCode: string) => {
    const branch = await buildBranch(t.ctx, { code: branchCode });
    const { number } = await issueCertificate(t.ctx, {
      award: await buildAward(t.ctx, { branch }),
      caller: platform,
    });
    const row = (await findCertificateRow(t.ctx.db, { number }))!;
    return { number, credential: JSON.parse(row.credential_json) as Record<string, unknown> };
  };
  const verify = async (credential: unknown) =>
    (await t.app.inject({ method: "POST", url: "/api/verify", payload: { credential } })).json();

  it("names the branch's CPNE as issuer, validates against the Open Badges schema and verifies", async () => {
    const { number, credential } = await issuedCredential("METAL");
    expect(credential.issuer).toEqual({
      id: "did:web:localhost%3A3000",
      type: ["Profile"],
      ...cpne,
    });
    const validate = await loadOpenBadgeSchema();
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true);
    expect(await verify(credential)).toMatchObject({ verdict: "valid", certificateNumber: number });
    const forged = { ...credential, issuer: { ...(credential.issuer as object), name: "Comité CQPI" } };
    expect((await verify(forged)).verdict).toBe("altered");
  });

  it("names the national committee for a branch the file does not list", async () => {
    const { credential } = await issuedCredential("TEXT");
    expect(credential.issuer).toEqual({
      id: "did:web:localhost%3A3000",
      type: ["Profile"],
      name: "Comité CQPI",
      url: "http://localhost:3000",
    });
    expect((await verify(credential)).verdict).toBe("valid");
  });
});
