import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, signedIn } from "../../test/factories.ts";
import type { AwardOptions } from "../../test/jury-factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import type { BranchView } from "../catalogue/schemas.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueCertificate } from "./issue-certificate.ts";

/**
 * The certificates list: each role sees its scope and nothing across branches or companies; filters,
 * search and pages; the CSV and XLSX exports with French headers and the same scope.
 */
let t: TestApp;
let north: BranchView;
let south: BranchView;
type Session = Awaited<ReturnType<typeof signedIn>>;
const as: Record<string, Session> = {};
const numbers: Record<string, string> = {};

async function issue(key: string, options: AwardOptions) {
  const award = await buildAward(t.ctx, options);
  numbers[key] = (await issueCertificate(t.ctx, { award, caller: platform })).number;
  return award;
}

beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
  north = await buildBranch(t.ctx, { name: "Métallurgie" });
  south = await buildBranch(t.ctx, { name: "Textile" });
  const northCompany = await buildCompany(t.ctx, { branchCode: north.code });
  const southCompany = await buildCompany(t.ctx, { branchCode: south.code });
  as.admin = await signedIn(t.app, t.ctx, { role: "admin" });
  as.northOfficer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [north.code] });
  as.northEmployer = await signedIn(t.app, t.ctx, { role: "employer", companyId: northCompany.id });
  as.holder = await signedIn(t.app, t.ctx, { role: "candidate" });
  as.evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
  await issue("holder", {
    branch: north,
    candidate: {
      birthName: "Dupré",
      firstNames: ["Élodie"],
      userId: as.holder.user.id,
      companyId: northCompany.id,
    },
    decidedOn: "2026-03-10",
  });
  await issue("colleague", {
    branch: north,
    candidate: { birthName: "Lefèvre", firstNames: ["Marc"], companyId: northCompany.id },
    kind: "partial",
    decidedOn: "2026-05-20",
  });
  await issue("unemployed", {
    branch: north,
    candidate: { birthName: "Rossi", firstNames: ["Ana"] },
    decidedOn: "2026-06-01",
  });
  await issue("south", {
    branch: south,
    candidate: { birthName: '=HYPERLINK("x")', firstNames: ["Paul"], companyId: southCompany.id },
    decidedOn: "2026-04-02",
  });
  const revoked = await t.app.inject({
    method: "POST",
    url: `/api/certificates/${numbers.colleague}/revoke`,
    headers: as.northOfficer!.headers,
    payload: { reason: "Erreur de saisie du jury" },
  });
  expect(revoked.statusCode, revoked.body).toBe(200);
});
afterAll(() => t.close());

const list = async (who: Session, query = "") => {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/certificates${query}`,
    headers: who.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { items: { number: string }[]; total: number };
  return { numbers: body.items.map((c) => c.number).sort(), total: body.total, body };
};
const of = (...keys: string[]) => keys.map((k) => numbers[k]!).sort();

describe("who lists which certificates", () => {
  it("gives the national committee every certificate", async () => {
    expect((await list(as.admin!)).numbers).toEqual(of("holder", "colleague", "unemployed", "south"));
  });

  it("gives a secretariat its branches' certificates, none of another branch", async () => {
    expect((await list(as.northOfficer!)).numbers).toEqual(of("holder", "colleague", "unemployed"));
    expect((await list(as.northOfficer!, `?branchCode=${south.code}`)).numbers).toEqual([]);
  });

  it("gives an employer its employees' certificates only", async () => {
    expect((await list(as.northEmployer!)).numbers).toEqual(of("holder", "colleague"));
  });

  it("gives a candidate their own certificate only", async () => {
    const own = await list(as.holder!);
    expect(own.numbers).toEqual(of("holder"));
    expect(own.body.items[0]).toMatchObject({ holder: { familyName: "Dupré", givenNames: "Élodie" } });
  });

  it("refuses an evaluator and an anonymous visitor", async () => {
    const evaluator = await t.app.inject({
      method: "GET",
      url: "/api/certificates",
      headers: as.evaluator!.headers,
    });
    expect(evaluator.statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/certificates" })).statusCode).toBe(401);
  });
});

describe("filters, search and pages", () => {
  it("filters by status, branch, CQPI, award period and pathway", async () => {
    expect((await list(as.admin!, "?status=revoked")).numbers).toEqual(of("colleague"));
    expect((await list(as.admin!, "?status=valid")).numbers).toEqual(of("holder", "unemployed", "south"));
    expect((await list(as.admin!, `?branchCode=${north.code}`)).total).toBe(3);
    expect((await list(as.admin!, "?awardedFrom=2026-04-01&awardedTo=2026-05-31")).numbers).toEqual(
      of("colleague", "south"),
    );
    const holder = (await list(as.holder!)).body.items[0] as unknown as {
      pathwayId: number;
      qualification: { code: string };
    };
    expect((await list(as.admin!, `?pathwayId=${holder.pathwayId}`)).numbers).toEqual(of("holder"));
    expect((await list(as.admin!, `?qualificationCode=${holder.qualification.code}`)).numbers).toEqual(
      of("holder"),
    );
  });

  it("searches the holder's names and the number, ignoring case", async () => {
    expect((await list(as.admin!, "?q=LEF")).numbers).toEqual(of("colleague"));
    expect((await list(as.admin!, "?q=marc")).numbers).toEqual(of("colleague"));
    expect((await list(as.admin!, `?q=${numbers.south!.toLowerCase()}`)).numbers).toEqual(of("south"));
    // The search never widens the scope.
    expect((await list(as.northOfficer!, "?q=paul")).numbers).toEqual([]);
  });

  it("pages the list, latest awards first, with the total", async () => {
    const first = await list(as.admin!, "?limit=2&offset=0");
    expect(first.total).toBe(4);
    expect(first.body.items.map((c) => c.number)).toEqual([numbers.unemployed, numbers.colleague]);
    const second = await list(as.admin!, "?limit=2&offset=2");
    expect(second.body.items.map((c) => c.number)).toEqual([numbers.south, numbers.holder]);
  });

  it("refuses a malformed filter naming the field", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/certificates?status=lost&awardedFrom=hier",
      headers: as.admin!.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(["awardedFrom", "status"]);
  });
});

describe("the public summary of a revoked certificate", () => {
  it("tells the date to anyone, and the reason only to whoever names the holder", async () => {
    const get = async (query: string) =>
      (await t.app.inject({ method: "GET", url: `/api/certificates/${numbers.colleague}${query}` })).json();
    const anyone = await get("");
    expect(anyone).toMatchObject({ status: "revoked", holder: null, revocationReason: null });
    expect(anyone.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await get("?familyName=Dupont")).revocationReason).toBeNull();
    expect((await get("?familyName=LEFEVRE")).revocationReason).toBe("Erreur de saisie du jury");
  });
});

describe("exports", () => {
  /** The admin's CSV export at `url`, as lines without the BOM. */
  const csvLines = async (url: string) => {
    const response = await t.app.inject({ method: "GET", url, headers: as.admin!.headers });
    expect(response.statusCode).toBe(200);
    return {
      response,
      lines: response.body
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n"),
    };
  };
  it("writes the CSV with French headers, the scope, the filters and formulas neutralised", async () => {
    const { response, lines } = await csvLines("/api/certificates.csv");
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(lines[0]).toBe(
      "Numéro;Nom de famille;Prénoms;Code CQPI;CQPI;Version du référentiel;Code branche;Branche;Type;" +
        "Blocs acquis;Date d'attribution;Session de jury;Statut;Révoqué le;Motif de la révocation",
    );
    expect(lines).toHaveLength(5);
    const colleague = lines.find((line) => line.startsWith(numbers.colleague!))!;
    expect(colleague).toContain(";Lefèvre;Marc;");
    expect(colleague).toContain(";Blocs de compétences;B1;20/05/2026;");
    expect(colleague).toMatch(/;Révoqué;\d{2}\/\d{2}\/\d{4};/);
    expect(colleague).toContain(";Erreur de saisie du jury");
    expect(lines.find((line) => line.startsWith(numbers.south!))).toContain(`;"'=HYPERLINK(""x"")";`);

    const officer = await t.app.inject({
      method: "GET",
      url: "/api/certificates.csv?status=valid",
      headers: as.northOfficer!.headers,
    });
    const officerLines = officer.body.trimEnd().split("\r\n").slice(1);
    expect(officerLines.map((line) => line.split(";")[0]).sort()).toEqual(of("holder", "unemployed"));
  });

  it("writes the codes and raw values with ?headers=codes, for programs", async () => {
    const { lines } = await csvLines("/api/certificates.csv?headers=codes");
    expect(lines[0]).toBe(
      "number;family_name;given_names;qualification_code;qualification_title;referential_version;" +
        "branch_code;branch_name;kind;block_codes;awarded_on;jury_session_id;status;revoked_on;revocation_reason",
    );
    const colleague = lines.find((line) => line.startsWith(numbers.colleague!))!;
    expect(colleague).toContain(";partial;B1;2026-05-20;");
    expect(colleague).toMatch(/;revoked;\d{4}-\d{2}-\d{2};Erreur de saisie du jury$/);

    const refused = await t.app.inject({
      method: "GET",
      url: "/api/certificates.xlsx?headers=english",
      headers: as.admin!.headers,
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(["headers"]);
  });

  it("writes the XLSX sheet with the same headers and the caller's scope", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/certificates.xlsx",
      headers: as.northEmployer!.headers,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Certificats")!;
    expect(sheet.getRow(1).getCell(1).text).toBe("Numéro");
    expect(sheet.getRow(1).getCell(15).text).toBe("Motif de la révocation");
    const listed = [2, 3].map((row) => sheet.getRow(row).getCell(1).text).sort();
    expect(listed).toEqual(of("holder", "colleague"));
    expect(sheet.rowCount).toBe(3);
  });
});
