import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { buildApp } from "./app.ts";

/**
 * Every API operation belongs to one module (its OpenAPI tag), and every module has a route policy
 * table beside its code (see test/route-policy.ts) that fails if one of its routes is missing.
 */
const policyTables: Record<string, string> = {
  platform: "src/server/routes-policy.test.ts",
  accounts: "src/modules/accounts/routes-policy.test.ts",
  catalogue: "src/modules/catalogue/routes-policy.test.ts",
  companies: "src/modules/companies/routes-policy.test.ts",
  candidates: "src/modules/candidates/routes-policy.test.ts",
  audit: "src/modules/audit/routes-policy.test.ts",
  referentials: "src/modules/referentials/routes-policy.test.ts",
  pathways: "src/modules/pathways/routes-policy.test.ts",
  assessments: "src/modules/assessments/routes-policy.test.ts",
  "personal-data": "src/modules/personal-data/routes-policy.test.ts",
  certificates: "src/modules/certificates/routes-policy.test.ts",
  jury: "src/modules/jury/routes-policy.test.ts",
  notifications: "src/modules/notifications/routes-policy.test.ts",
  governance: "src/modules/governance/routes-policy.test.ts",
  correspondences: "src/modules/correspondences/routes-policy.test.ts",
  portability: "src/modules/portability/routes-policy.test.ts",
  observatory: "src/modules/observatory/routes-policy.test.ts",
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("access control", () => {
  it("has a policy table for the module of every API operation", () => {
    const operations = Object.entries(t.app.swagger().paths ?? {}).flatMap(([route, methods]) =>
      Object.entries(methods ?? {}).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${route}`,
        tags: (operation as { tags?: string[] }).tags ?? [],
      })),
    );
    const untabled = operations
      .filter((o) => o.tags.length !== 1 || !policyTables[o.tags[0]!])
      .map((o) => o.name);
    expect(untabled).toEqual([]);
    for (const file of Object.values(policyTables))
      expect(fs.existsSync(path.resolve(file)), file).toBe(true);
  });

  it("refuses to start when an API route declares no policy", async () => {
    const app = await buildApp(t.ctx);
    expect(() => app.get("/api/forgotten", async () => "open")).toThrow(/declares no access policy/);
    await app.close();
  });
});
