import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCandidateInput, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let headers: Record<string, string>;
beforeEach(async () => {
  t = await createTestApp();
  headers = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
});
afterEach(() => t.close());

const countCandidates = async () => (await t.ctx.db.selectFrom("candidates").select("id").execute()).length;
const post = (payload: object) => t.app.inject({ method: "POST", url: "/api/candidates", headers, payload });

describe("the identity the declaration needs", () => {
  it.each([
    {
      case: "a missing birth name",
      change: { birthName: undefined },
      fields: { birthName: { code: "REQUIRED" } },
    },
    { case: "an empty birth name", change: { birthName: "  " }, fields: { birthName: { code: "REQUIRED" } } },
    {
      case: "a birth name over 60 characters",
      change: { birthName: "N".repeat(61) },
      fields: { birthName: { code: "TOO_LONG", params: { max: 60 } } },
    },
    {
      case: "four first names",
      change: { firstNames: ["Jean", "Pierre", "Paul", "Jacques"] },
      fields: { firstNames: { code: "TOO_MANY", params: { max: 3 } } },
    },
    {
      case: "no first name",
      change: { firstNames: [] },
      fields: { firstNames: { code: "TOO_FEW", params: { min: 1 } } },
    },
    {
      case: "an empty first name",
      change: { firstNames: ["Jean", ""] },
      fields: { "firstNames.1": { code: "REQUIRED" } },
    },
    {
      case: "a future birth date",
      change: { birthDate: "2090-01-01" },
      fields: { birthDate: { code: "NOT_PAST_DATE" } },
    },
    {
      case: "a birth year before 1900",
      change: { birthDate: "1899-12-31" },
      fields: { birthDate: { code: "YEAR_TOO_EARLY", params: { min: 1900 } } },
    },
    {
      case: "an impossible date",
      change: { birthDate: "1980-02-30" },
      fields: { birthDate: { code: "INVALID_FORMAT", params: { format: "date" } } },
    },
    {
      case: "both an INSEE and a postal code",
      change: { birthPostalCode: "75001" },
      fields: { birthPostalCode: { code: "BIRTHPLACE_BOTH_CODES" } },
    },
    {
      case: "neither an INSEE nor a postal code",
      change: { birthInseeCode: null },
      fields: { birthInseeCode: { code: "BIRTHPLACE_REQUIRED" } },
    },
    {
      case: "a malformed INSEE code",
      change: { birthInseeCode: "7505" },
      fields: { birthInseeCode: { code: "INVALID_FORMAT", params: { format: "insee_code" } } },
    },
    {
      case: "a bad sex",
      change: { sex: "X" },
      fields: { sex: { code: "INVALID_ENUM", params: { options: ["M", "F"] } } },
    },
    {
      case: "a bad email",
      change: { email: "jean@" },
      fields: { email: { code: "INVALID_FORMAT", params: { format: "email" } } },
    },
    {
      case: "an employee without a company",
      change: { employmentStatus: "employee", companyId: undefined },
      fields: { companyId: { code: "COMPANY_REQUIRED", params: { status: "employee" } } },
    },
    {
      case: "a temporary worker with a null company",
      change: { employmentStatus: "temporary_worker", companyId: null },
      fields: { companyId: { code: "COMPANY_REQUIRED", params: { status: "temporary_worker" } } },
    },
    {
      case: "a job seeker with a company",
      change: { companyId: 1 },
      fields: { companyId: { code: "COMPANY_NOT_ALLOWED" } },
    },
    {
      case: "an unknown company",
      change: { employmentStatus: "employee", companyId: 999 },
      fields: { companyId: { code: "UNKNOWN_REFERENCE", params: { value: 999 } } },
    },
    {
      case: "an unknown field",
      change: { nir: "1780575056001" },
      fields: { nir: { code: "UNKNOWN_FIELD" } },
    },
  ])("refuses $case with 400 naming the field, and writes nothing", async ({ change, fields }) => {
    const response = await post({ ...buildCandidateInput(), ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields });
    expect(Object.keys(response.json().error.fields)).toEqual(Object.keys(fields));
    expect(response.json().error.message).toContain(`${Object.keys(fields)[0]}: `);
    expect(await countCandidates()).toBe(0);
  });

  it("accepts a postal code instead of an INSEE code, and someone born abroad without either", async () => {
    const byPostalCode = await post(buildCandidateInput({ birthInseeCode: null, birthPostalCode: "20000" }));
    expect(byPostalCode.statusCode).toBe(201);
    const abroad = await post({
      ...buildCandidateInput({ birthInseeCode: null, birthCity: "Berlin" }),
      birthCountryCode: "DEU",
      birthCountry: "Allemagne",
    });
    expect(abroad.statusCode).toBe(201);
    expect(abroad.json()).toMatchObject({
      birthCountryCode: "DEU",
      birthInseeCode: null,
      birthPostalCode: null,
    });
    expect(await countCandidates()).toBe(2);
  });
});
