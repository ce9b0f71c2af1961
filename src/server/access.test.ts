import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Role, roles } from "../modules/accounts/roles.ts";
import { buildBranch, buildCompany, buildQualification, signedIn } from "../test/factories.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { buildApp } from "./app.ts";

/**
 * The policy of every API route, checked for every role and for anonymous callers: a caller the
 * policy admits is never refused by the access check; any other caller is (401 without credentials, 403
 * with). Scope rules (own branch, own token) are tested beside each module.
 */
type Allowed = "public" | "authenticated" | Role[];
interface RouteCase {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  url: () => string;
  payload?: () => unknown;
  allowed: Allowed;
}

let t: TestApp;
const bearerByRole = new Map<Role, string>();
let n = 0;
const fresh = () => `${++n}`;
let ids: { userId: number; branch: string; qualification: string };

beforeAll(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
  const branch = await buildBranch(t.ctx);
  const qualification = await buildQualification(t.ctx);
  await buildCompany(t.ctx);
  for (const role of roles) {
    const { user, headers } = await signedIn(t.app, t.ctx, {
      role,
      ...(role === "branch_officer" && { branchCodes: [branch.code] }),
    });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers,
      payload: { name: "policy" },
    });
    bearerByRole.set(role, created.json().token);
    if (role === "candidate")
      ids = { userId: user.id, branch: branch.code, qualification: qualification.code };
  }
});
afterAll(() => t.close());

const cases: RouteCase[] = [
  { method: "GET", path: "/api/health", url: () => "/api/health", allowed: "public" },
  {
    method: "POST",
    path: "/api/auth/login",
    url: () => "/api/auth/login",
    payload: () => ({ email: "x@y.example", password: "nope" }),
    allowed: "public",
  },
  { method: "POST", path: "/api/auth/logout", url: () => "/api/auth/logout", allowed: "public" },
  { method: "GET", path: "/api/me", url: () => "/api/me", allowed: "authenticated" },
  { method: "GET", path: "/api/me/tokens", url: () => "/api/me/tokens", allowed: "authenticated" },
  {
    method: "POST",
    path: "/api/me/tokens",
    url: () => "/api/me/tokens",
    payload: () => ({ name: "t" }),
    allowed: "authenticated",
  },
  {
    method: "DELETE",
    path: "/api/me/tokens/{id}",
    url: () => "/api/me/tokens/999999",
    allowed: "authenticated",
  },
  { method: "GET", path: "/api/users", url: () => "/api/users", allowed: ["admin"] },
  { method: "GET", path: "/api/users/{id}", url: () => `/api/users/${ids.userId}`, allowed: ["admin"] },
  {
    method: "POST",
    path: "/api/users",
    url: () => "/api/users",
    payload: () => ({
      email: `new${fresh()}@test.example`,
      displayName: "N",
      role: "candidate",
      password: "long enough",
    }),
    allowed: ["admin"],
  },
  {
    method: "PATCH",
    path: "/api/users/{id}",
    url: () => `/api/users/${ids.userId}`,
    payload: () => ({ displayName: "Renamed" }),
    allowed: ["admin"],
  },
  { method: "GET", path: "/api/branches", url: () => "/api/branches", allowed: "public" },
  {
    method: "GET",
    path: "/api/branches/{code}",
    url: () => `/api/branches/${ids.branch}`,
    allowed: "public",
  },
  {
    method: "POST",
    path: "/api/branches",
    url: () => "/api/branches",
    payload: () => ({ code: `NB${fresh()}`, name: "Nouvelle", federation: "F" }),
    allowed: ["admin"],
  },
  {
    method: "PATCH",
    path: "/api/branches/{code}",
    url: () => `/api/branches/${ids.branch}`,
    payload: () => ({ description: "d" }),
    allowed: ["admin", "branch_officer"],
  },
  { method: "GET", path: "/api/qualifications", url: () => "/api/qualifications", allowed: "public" },
  {
    method: "GET",
    path: "/api/qualifications/{code}",
    url: () => `/api/qualifications/${ids.qualification}`,
    allowed: "public",
  },
  {
    method: "POST",
    path: "/api/qualifications",
    url: () => "/api/qualifications",
    payload: () => ({ code: `NQ${fresh()}`, title: "Nouveau CQPI" }),
    allowed: ["admin"],
  },
  {
    method: "PATCH",
    path: "/api/qualifications/{code}",
    url: () => `/api/qualifications/${ids.qualification}`,
    payload: () => ({ title: "T" }),
    allowed: ["admin"],
  },
  {
    method: "PUT",
    path: "/api/branches/{code}/qualifications/{qualificationCode}",
    url: () => `/api/branches/${ids.branch}/qualifications/${ids.qualification}`,
    payload: () => ({ operatedSince: "2012-01-01", note: "" }),
    allowed: ["admin"],
  },
  {
    method: "DELETE",
    path: "/api/branches/{code}/qualifications/{qualificationCode}",
    url: () => `/api/branches/${ids.branch}/qualifications/${ids.qualification}`,
    allowed: ["admin"],
  },
  {
    method: "GET",
    path: "/api/companies",
    url: () => "/api/companies",
    allowed: ["admin", "branch_officer"],
  },
  { method: "GET", path: "/api/audit", url: () => "/api/audit", allowed: ["admin"] },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions/{version}/case",
    url: () => `/api/qualifications/${ids.qualification}/versions/1/case`,
    allowed: "public",
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions/{version}/grid.csv",
    url: () => `/api/qualifications/${ids.qualification}/versions/1/grid.csv`,
    allowed: "public",
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions/{version}/grid.xlsx",
    url: () => `/api/qualifications/${ids.qualification}/versions/1/grid.xlsx`,
    allowed: "public",
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions/{version}/referential.pdf",
    url: () => `/api/qualifications/${ids.qualification}/versions/1/referential.pdf`,
    allowed: "public",
  },
  {
    method: "GET",
    path: "/api/branches/{code}/qualifications/{qualificationCode}/referential.pdf",
    url: () => `/api/branches/${ids.branch}/qualifications/${ids.qualification}/referential.pdf`,
    allowed: "public",
  },
  {
    method: "POST",
    path: "/api/qualifications/{code}/versions/import-case",
    url: () => `/api/qualifications/${ids.qualification}/versions/import-case`,
    payload: () => ({}),
    allowed: ["admin"],
  },
  {
    method: "PUT",
    path: "/api/qualifications/{code}/versions/{version}/grid",
    url: () => `/api/qualifications/${ids.qualification}/versions/1/grid?revision=0`,
    payload: () => ({}),
    allowed: ["admin"],
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions",
    url: () => `/api/qualifications/${ids.qualification}/versions`,
    allowed: "public",
  },
  {
    method: "POST",
    path: "/api/qualifications/{code}/versions",
    url: () => `/api/qualifications/${ids.qualification}/versions`,
    allowed: ["admin"],
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions/{version}",
    url: () => `/api/qualifications/${ids.qualification}/versions/1`,
    allowed: "public",
  },
  {
    method: "PUT",
    path: "/api/qualifications/{code}/versions/{version}",
    url: () => `/api/qualifications/${ids.qualification}/versions/1`,
    payload: () => ({ revision: 0, blocks: [] }),
    allowed: ["admin"],
  },
  {
    method: "DELETE",
    path: "/api/qualifications/{code}/versions/{version}",
    url: () => `/api/qualifications/${ids.qualification}/versions/99`,
    allowed: ["admin"],
  },
  {
    method: "POST",
    path: "/api/qualifications/{code}/versions/{version}/publish",
    url: () => `/api/qualifications/${ids.qualification}/versions/99/publish`,
    allowed: ["admin"],
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/versions/{version}/diff",
    url: () => `/api/qualifications/${ids.qualification}/versions/1/diff?from=1`,
    allowed: "public",
  },
  {
    method: "GET",
    path: "/api/qualifications/{code}/adoptions",
    url: () => `/api/qualifications/${ids.qualification}/adoptions`,
    allowed: "public",
  },
  {
    method: "POST",
    path: "/api/branches/{code}/qualifications/{qualificationCode}/adoptions",
    url: () => `/api/branches/${ids.branch}/qualifications/${ids.qualification}/adoptions`,
    payload: () => ({ version: 1, decisionDate: "2013-01-01", agreementReference: "CPNE" }),
    allowed: ["admin", "branch_officer"],
  },
  {
    method: "GET",
    path: "/api/branches/{code}/qualifications/{qualificationCode}/referential",
    url: () => `/api/branches/${ids.branch}/qualifications/${ids.qualification}/referential`,
    allowed: "public",
  },
  { method: "GET", path: "/api/audit/verify", url: () => "/api/audit/verify", allowed: ["admin"] },
];

const isAllowed = (allowed: Allowed, role: Role | null) =>
  allowed === "public" || (role !== null && (allowed === "authenticated" || allowed.includes(role)));

describe.each(cases)("$method $path", (route) => {
  it.each([null, ...roles])("as %s", async (role) => {
    const headers = role ? { authorization: `Bearer ${bearerByRole.get(role)}` } : {};
    const response = await t.app.inject({
      method: route.method,
      url: route.url(),
      headers,
      ...(route.payload && { payload: route.payload() as object }),
    });
    if (isAllowed(route.allowed, role)) {
      const code = response.statusCode === 204 ? null : response.json().error?.code;
      expect(["UNAUTHENTICATED", "FORBIDDEN"], response.body).not.toContain(code);
      expect(response.statusCode, response.body).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(role ? 403 : 401);
      expect(response.json().error.code).toBe(role ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
  });
});

describe("route policies", () => {
  it("cover every route of the API", () => {
    const documented = Object.entries(t.app.swagger().paths ?? {}).flatMap(([path, operations]) =>
      Object.keys(operations ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(cases.map((c) => `${c.method} ${c.path}`).sort()).toEqual(documented.sort());
  });

  it("refuses to start when an API route declares no policy", async () => {
    const app = await buildApp(t.ctx);
    expect(() => app.get("/api/forgotten", async () => "open")).toThrow(/declares no access policy/);
    await app.close();
  });
});
