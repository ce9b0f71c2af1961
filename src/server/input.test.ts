import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCandidate, buildCandidateInput, buildPathway, signedIn } from "../test/factories.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { hasControlCharacter, idParam } from "./input.ts";

describe("control characters in text", () => {
  it.each([
    ["plain text", "Mécanique de l'Ouest", false, false],
    ["a tab", "a\tb", false, false],
    ["a NUL", "a\u0000b", true, true],
    ["a newline in a single line", "a\nb", true, false],
    ["a CR LF in multi-line text", "a\r\nb", true, false],
    ["an escape", "\u001b[31m", true, true],
    ["DEL", "a\u007f", true, true],
    ["a C1 control", "a\u0085", true, true],
  ])("%s", (_name, text, isRefusedInLine, isRefusedInMultiline) => {
    expect(hasControlCharacter(text)).toBe(isRefusedInLine);
    expect(hasControlCharacter(text, { isMultiline: true })).toBe(isRefusedInMultiline);
  });
});

describe("ids in paths", () => {
  it.each(["1", "16", "2147483647"])("accepts %s", (id) => {
    expect(idParam.parse(id)).toBe(Number(id));
  });
  it.each(["0", "016", "0x10", "1e1", " 16", "16 ", "+16", "16.0", "-1", "2147483648", ""])(
    "refuses %j",
    (id) => {
      expect(idParam.safeParse(id).success).toBe(false);
    },
  );
});

describe("refusals over HTTP", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
  });
  afterAll(() => t.close());

  it("refuses a NUL in the login email with CONTROL_CHARACTER naming the field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "a\u0000@x.example", password: "whatever" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "CONTROL_CHARACTER",
      fields: { email: expect.objectContaining({ code: "CONTROL_CHARACTER" }) },
    });
  });

  it("refuses a NUL in a public search filter", async () => {
    const response = await t.app.inject({ url: "/api/qualifications?q=a%00b" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "CONTROL_CHARACTER",
      fields: { q: expect.objectContaining({ code: "CONTROL_CHARACTER" }) },
    });
  });

  it("refuses a control character in a candidate's name and writes nothing", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/candidates",
      headers: admin,
      payload: buildCandidateInput({ birthName: "Martin\u0000", firstNames: ["Ca\u001bmille"] }),
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(["birthName", "firstNames.0"]);
    expect(await t.ctx.db.selectFrom("candidates").selectAll().execute()).toHaveLength(0);
  });

  it("keeps line breaks where text is multi-line, and refuses them in a name", async () => {
    const description = await t.app.inject({
      method: "POST",
      url: "/api/branches",
      headers: admin,
      payload: { code: "ML", name: "Multi", federation: "F", description: "Ligne 1\r\nLigne 2\tfin" },
    });
    expect(description.statusCode).toBe(201);
    expect(description.json().description).toBe("Ligne 1\r\nLigne 2\tfin");
    const name = await t.app.inject({
      method: "POST",
      url: "/api/branches",
      headers: admin,
      payload: { code: "ML2", name: "Multi\nligne", federation: "F" },
    });
    expect(name.json().error).toMatchObject({
      code: "CONTROL_CHARACTER",
      fields: { name: expect.objectContaining({ code: "CONTROL_CHARACTER" }) },
    });
  });

  it("reads a resource at its canonical id only", async () => {
    const { id: pathwayId } = await buildPathway(t.ctx);
    const candidate = await buildCandidate(t.ctx);
    expect((await t.app.inject({ url: `/api/pathways/${pathwayId}`, headers: admin })).statusCode).toBe(200);
    const hex = `0x${pathwayId.toString(16)}`;
    for (const url of [
      `/api/pathways/${hex}`,
      `/api/pathways/0${pathwayId}`,
      `/api/candidates/${candidate.id}.0`,
    ]) {
      const response = await t.app.inject({ url, headers: admin });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error).toMatchObject({
        code: "VALIDATION_FAILED",
        fields: { id: expect.objectContaining({ code: "INVALID_FORMAT" }) },
      });
    }
    const tooLarge = await t.app.inject({ url: "/api/candidates/99999999999", headers: admin });
    expect(tooLarge.statusCode).toBe(400);
    const query = await t.app.inject({ url: "/api/pathways?limit=0x10", headers: admin });
    expect(query.json().error.fields).toHaveProperty("limit");
  });
});
