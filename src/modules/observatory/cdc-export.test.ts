import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildUser, signedIn } from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import type { CreateCandidateInput } from "../candidates/schemas.ts";
import { updateQualification } from "../catalogue/update-qualification.ts";
import { generateIssuerKey } from "../certificates/generate-issuer-key.ts";
import { issueCertificate } from "../certificates/issue-certificate.ts";
import type { Award } from "../certificates/schemas.ts";

const XSD = path.resolve("reference/cdc-accrochage/cpf-1.1.2.xsd");
const CERTIFICATION = "RNCP99999";
const folder = mkdtempSync(path.join(os.tmpdir(), "cdc-"));

/** xmllint's verdict on a file against the newest accrochage XSD of the reference folder. */
function validates(xml: string): boolean {
  const file = path.join(folder, `flux-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", XSD, file], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

let t: TestApp;
let headers: Record<string, string>;
const numbers: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ cdc: { clientId: "ABCD1234", contractId: "CONTRAT-01" } });
  await generateIssuerKey(t.ctx, { caller: platform });
  const admin = await buildUser(t.ctx, { role: "admin" });
  headers = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
  const branch = await buildBranch(t.ctx);
  const holder = async (
    name: string,
    decidedOn: string,
    candidate: Partial<CreateCandidateInput> = {},
    kind: Award["kind"] = "full",
  ) => {
    const award = await buildAward(t.ctx, {
      branch,
      kind,
      decidedOn,
      candidate: { birthName: name, ...candidate },
    });
    await updateQualification(t.ctx, {
      actorUserId: admin.id,
      code: award.qualification.code,
      input: { rncpCode: CERTIFICATION },
    });
    numbers[name] = (await issueCertificate(t.ctx, { award, caller: platform })).number;
  };
  const abroad = { birthInseeCode: null, birthCity: null, birthCountry: "Maroc" };
  await holder("Paris", "2026-03-10");
  await holder("Abroad", "2026-04-01", { ...abroad, birthCountryCode: "350" });
  await holder("Unknown", "2026-04-02", { ...abroad, birthCountryCode: "MAR" });
  await holder("Partial", "2026-04-03", {}, "partial");
  await holder("Later", "2026-06-01");
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url, headers });
const period = `certification=${CERTIFICATION}&from=2026-03-01&to=2026-05-31`;

describe("the Caisse des Dépôts accrochage file", () => {
  it("lists, before any file, the holders to declare and the one whose birth place is unknown", async () => {
    const pending = (await get(`/api/exports/cdc/pending?${period}`)).json();
    expect(pending.blocked).toEqual([
      expect.objectContaining({ certificateNumber: numbers.Unknown, missing: ["birthPlace"] }),
    ]);
    expect(pending.undeclared.map((u: { certificateNumber: string }) => u.certificateNumber)).toEqual([
      numbers.Paris,
      numbers.Abroad,
      numbers.Unknown,
    ]);
    expect(pending.undeclared[0]).toMatchObject({ dueOn: "2026-06-10", isOverdue: false });
  });

  it("declares the period's full awards in a file valid against the XSD, leaving out the incomplete holder", async () => {
    const response = await get(`/api/exports/cdc?${period}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/xml/);
    expect(response.headers["x-cqpi-blocked-holders"]).toBe("1");
    const xml = response.body;
    expect(validates(xml)).toBe(true);
    // The check is real: the same file with a sex the schema does not know is refused.
    expect(validates(xml.replace("<cpf:sexe>F</cpf:sexe>", "<cpf:sexe>X</cpf:sexe>"))).toBe(false);
    const declared = [...xml.matchAll(/<cpf:idTechnique>([^<]+)</g)].map((m) => m[1]);
    expect(declared).toEqual([numbers.Paris, numbers.Abroad]);
    expect(xml).toContain("<cpf:codeInsee>99350</cpf:codeInsee>");
    expect(xml).toContain("<cpf:nomNaissance>Paris</cpf:nomNaissance>");

    const files = await t.ctx.db.selectFrom("cdc_declaration_files").selectAll().execute();
    expect(files).toEqual([expect.objectContaining({ certification_code: CERTIFICATION, holder_count: 2 })]);
    expect(response.headers["content-disposition"]).toContain(files[0]!.flux_id);
    const rows = await t.ctx.db
      .selectFrom("cdc_declarations as d")
      .innerJoin("certificates as c", "c.id", "d.certificate_id")
      .select(["c.number", "d.declared_at", "d.file_id"])
      .orderBy("c.awarded_on")
      .execute();
    expect(rows).toEqual([
      { number: numbers.Paris, declared_at: files[0]!.created_at, file_id: files[0]!.id },
      { number: numbers.Abroad, declared_at: files[0]!.created_at, file_id: files[0]!.id },
    ]);
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .where("action", "=", "cdc_declaration.create")
      .select("entity_id")
      .execute();
    expect(audit).toEqual([{ entity_id: files[0]!.flux_id }]);
  });

  it("then lists only what is left, and the awards past three months once they are", async () => {
    const after = (await get(`/api/exports/cdc/pending?${period}`)).json();
    expect(after.undeclared.map((u: { certificateNumber: string }) => u.certificateNumber)).toEqual([
      numbers.Unknown,
    ]);
    t.clock.advanceMinutes(60 * 24 * 365);
    // A year on, the session has expired: sign in again.
    headers = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
    const later = (await get(`/api/exports/cdc/pending?certification=${CERTIFICATION}`)).json();
    expect(later.undeclared).toEqual([
      expect.objectContaining({ certificateNumber: numbers.Unknown, isOverdue: true }),
      expect.objectContaining({ certificateNumber: numbers.Later, isOverdue: true }),
    ]);
    // Two of the four full awards due were declared in time.
    const figures = (await t.app.inject({ method: "GET", url: "/api/observatory/key-figures" })).json();
    expect(figures.declaredWithinThreeMonthsShare).toBe(50);
  });

  it("refuses a period whose only holder cannot be declared, saying how many are blocked", async () => {
    const response = await get(
      `/api/exports/cdc?certification=${CERTIFICATION}&from=2026-04-02&to=2026-04-02`,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "CDC_NOTHING_TO_DECLARE", params: { blocked: 1 } });
    expect(await t.ctx.db.selectFrom("cdc_declaration_files").select("id").execute()).toHaveLength(1);
  });

  it("refuses a certification no CQPI carries, and a bad date naming the field", async () => {
    const unknown = await get("/api/exports/cdc?certification=RNCP11111");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("CDC_CERTIFICATION_UNKNOWN");
    const bad = await get(`/api/exports/cdc?certification=${CERTIFICATION}&from=2026-13-01`);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(["from"]);
  });
});

describe("without the certifier's identifiers", () => {
  it("produces no file", async () => {
    const bare = await createTestApp();
    try {
      const { headers: admin } = await signedIn(bare.app, bare.ctx, { role: "admin" });
      const response = await bare.app.inject({
        method: "GET",
        url: "/api/exports/cdc?certification=RNCP1",
        headers: admin,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe("CDC_NOT_CONFIGURED");
    } finally {
      await bare.close();
    }
  });
});
