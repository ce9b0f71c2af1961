import { describe, expect, it } from "vitest";
import { createUserInput } from "../accounts/schemas.ts";
import { createBranchInput, createQualificationInput, operationInput } from "../catalogue/schemas.ts";
import { createCompanyInput } from "../companies/schemas.ts";
import { recordAdoptionInput } from "../referentials/schemas.ts";
import { DEMO_PASSWORD, demoAccounts, demoCompanies } from "./demo-accounts.ts";
import { DEMO_OPERATION_NOTE, demoBranches, demoOperations, demoQualifications } from "./demo-catalogue.ts";
import { demoAdoptions } from "./demo-referentials.ts";

/** Whether a value passes a route's own schema, with the issues when it does not (for the message). */
const problemsOf = (
  schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error;
};

/**
 * Every value the demo loads, as a user would type it into the platform: the routes' own schemas
 * accept it (the seeding calls the use cases directly, past those schemas). Companies and candidates
 * are typed back through the API in seed-demo.test.ts.
 */
describe("demo values typed back through the platform's schemas", () => {
  it.each(demoBranches.map((b) => [b.code, b] as const))("branch %s", (_, branch) => {
    expect(problemsOf(createBranchInput, branch)).toBeNull();
  });

  it.each(demoQualifications.map((q) => [q.code, q] as const))("CQPI %s", (_, qualification) => {
    expect(problemsOf(createQualificationInput, qualification)).toBeNull();
  });

  it("operations, adoptions, companies and accounts", () => {
    for (const [code, branchCodes] of Object.entries(demoOperations))
      for (const branchCode of branchCodes) {
        const operatedSince = demoBranches.find((b) => b.code === branchCode)?.charterAdhesionDate ?? null;
        expect([
          code,
          branchCode,
          problemsOf(operationInput, { operatedSince, note: DEMO_OPERATION_NOTE }),
        ]).toEqual([code, branchCode, null]);
      }
    for (const { branchCode, qualificationCode, ...adoption } of demoAdoptions)
      expect([
        branchCode,
        qualificationCode,
        problemsOf(recordAdoptionInput, { version: 1, ...adoption }),
      ]).toEqual([branchCode, qualificationCode, null]);
    for (const company of demoCompanies)
      expect([company.name, problemsOf(createCompanyInput, company)]).toEqual([company.name, null]);
    for (const { companyName, ...account } of demoAccounts)
      expect([
        account.email,
        problemsOf(createUserInput, {
          ...account,
          password: DEMO_PASSWORD,
          ...(companyName && { companyId: 1 }),
        }),
      ]).toEqual([account.email, null]);
  });
});
