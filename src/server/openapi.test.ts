import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMigrationName } from "../db/migrate.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("API description", () => {
  it("serves OpenAPI 3.1 generated from the request schemas", async () => {
    const response = await t.app.inject({ url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    const createBranch = document.paths["/api/branches"].post;
    const schema = createBranch.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["code", "name", "federation"]));
    expect(schema.additionalProperties).toBe(false);
    expect(document.paths["/api/qualifications/{code}"].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "code", in: "path" })]),
    );
  });

  it("serves a docs page", async () => {
    const response = await t.app.inject({ url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("swagger");
  });

  it("reports health with the database backend and schema version", async () => {
    const response = await t.app.inject({ url: "/api/health" });
    expect(response.json()).toEqual({
      status: "ok",
      database: process.env.DATABASE_URL ? "postgres" : "sqlite",
      schemaVersion: latestMigrationName(),
    });
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const response = await t.app.inject({ url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("ROUTE_NOT_FOUND");
  });
});
