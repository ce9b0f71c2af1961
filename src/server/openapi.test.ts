import { createConfig, lintFromString } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMigrationName } from "../db/migrate.ts";
import { signedIn } from "../test/factories.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Operation = { operationId?: string; responses: Record<string, unknown>; security?: unknown[] };
const operations = (document: { paths: Record<string, Record<string, Operation>> }) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );

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

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no error", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json();
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: "openapi.json",
      config: await createConfig({ extends: ["recommended"] }),
    });
    const errors = problems
      .filter((problem) => problem.severity === "error")
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it("gives every operation a unique id, a security statement and its error responses", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json();
    const all = operations(document);
    expect(new Set(all.map((o) => o.operation.operationId)).size).toBe(all.length);
    for (const { operation } of all) expect(operation.security).toBeDefined();
    const login = document.paths["/api/auth/login"].post;
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(["200", "400", "415", "429"]));
    expect(login.security).toEqual([]);
    const deleteDraft = document.paths["/api/qualifications/{code}/versions/{version}"].delete;
    expect(Object.keys(deleteDraft.responses)).toContain("204");
    expect(deleteDraft["x-roles"]).toEqual(["admin"]);
  });
});

describe("every answer of every operation", () => {
  it("is documented for it: anonymous, wrong role, invalid body and unknown id", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json();
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    for (const { method, path } of operations(document)) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
        /id|version/i.test(name) ? "999999" : "NOPE",
      );
      const send = (headers: Record<string, string>, payload?: object) =>
        t.app.inject({ method: method.toUpperCase() as never, url, headers, ...(payload && { payload }) });
      if (path === "/api/auth/logout") continue; // it would end the sessions the sweep uses
      await send({});
      await send(candidate.headers);
      await send(admin.headers, method === "get" ? undefined : { unexpected: true });
    }
    expect(t.undocumented()).toEqual([]);
  });
});
