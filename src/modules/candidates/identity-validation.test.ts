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
    { case: "a missing birth name", change: { birthName: undefined }, fields: { birthName: "required" } },
    { case: "an empty birth name", change: { birthName: "  " }, fields: { birthName: "must not be empty" } },
    {
      case: "a birth name over 60 characters",
      change: { birthName: "N".repeat(61) },
      fields: { birthName: "at most 60 characters" },
    },
    {
      case: "four first names",
      change: { firstNames: ["Jean", "Pierre", "Paul", "Jacques"] },
      fields: { firstNames: "at most 3 first names" },
    },
    { case: "no first name", change: { firstNames: [] }, fields: { firstNames: "at least one first name" } },
    {
      case: "an empty first name",
      change: { firstNames: ["Jean", ""] },
      fields: { "firstNames.1": "must not be empty" },
    },
    {
      case: "a future birth date",
      change: { birthDate: "2090-01-01" },
      fields: { birthDate: "must be a past date" },
    },
    {
      case: "a birth year before 1900",
      change: { birthDate: "1899-12-31" },
      fields: { birthDate: "must be in 1900 or later" },
    },
    {
      case: "an impossible date",
      change: { birthDate: "1980-02-30" },
      fields: { birthDate: "must be a date YYYY-MM-DD" },
    },
    {
      case: "both an INSEE and a postal code",
      change: { birthPostalCode: "75001" },
      fields: { birthPostalCode: "must be empty when birthInseeCode is given" },
    },
    {
      case: "neither an INSEE nor a postal code",
      change: { birthInseeCode: null },
      fields: { birthInseeCode: expect.stringMatching(/^required/) },
    },
    {
      case: "a malformed INSEE code",
      change: { birthInseeCode: "7505" },
      fields: { birthInseeCode: expect.stringMatching(/INSEE/) },
    },
    { case: "a bad sex", change: { sex: "X" }, fields: { sex: expect.stringMatching(/"M"\|"F"/) } },
    { case: "a bad email", change: { email: "jean@" }, fields: { email: "must be an email address" } },
    {
      case: "an employee without a company",
      change: { employmentStatus: "employee", companyId: undefined },
      fields: { companyId: "required for employee" },
    },
    {
      case: "a temporary worker with a null company",
      change: { employmentStatus: "temporary_worker", companyId: null },
      fields: { companyId: "required for temporary_worker" },
    },
    {
      case: "a job seeker with a company",
      change: { companyId: 1 },
      fields: { companyId: "must be empty for job_seeker" },
    },
    {
      case: "an unknown company",
      change: { employmentStatus: "employee", companyId: 999 },
      fields: { companyId: "unknown company" },
    },
    { case: "an unknown field", change: { nir: "1780575056001" }, fields: { nir: "unknown field" } },
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
