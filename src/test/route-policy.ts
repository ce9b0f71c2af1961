import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Role, roles } from "../modules/accounts/roles.ts";
import type { UserView } from "../modules/accounts/views.ts";
import type { BranchView } from "../modules/catalogue/schemas.ts";
import { buildBranch, buildCompany, logInAs, signedIn } from "./factories.ts";
import { createTestApp, type TestApp } from "./test-app.ts";

/**
 * Route policy tables: every route of a module (its OpenAPI tag), called as every role and as an
 * anonymous caller. A caller the policy admits is never refused by the access check; any other is
 * (401 without credentials, 403 with). Scope rules (own branch, own company…) are tested beside each
 * use case. A route of the tag missing from the table fails the table's coverage test.
 */
export type Allowed = "public" | "authenticated" | Role[];

export interface PolicyWorld {
  t: TestApp;
  /** One user per role; the branch officer is scoped to `branch`, the employer to `companyId`. */
  users: Map<Role, UserView>;
  branch: BranchView;
  companyId: number;
}

export interface RouteCase<F> {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The path as OpenAPI writes it, e.g. /api/pathways/{id}. */
  path: string;
  url: (f: F) => string;
  payload?: (f: F) => unknown;
  allowed: Allowed;
}

export function describeRoutePolicies<F>(
  tag: string,
  options: {
    setup: (world: PolicyWorld) => Promise<F>;
    cases: RouteCase<F>[];
    /** Settings of the test app (e.g. a temporary `dataDir` for modules that store files). */
    config?: Partial<TestApp["ctx"]["config"]>;
  },
) {
  let world: PolicyWorld;
  let fixtures: F;
  const credentials = new Map<Role, () => Promise<Record<string, string>>>();

  beforeAll(async () => {
    const t = await createTestApp({
      login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 },
      ...options.config,
    });
    const branch = await buildBranch(t.ctx);
    const companyId = (await buildCompany(t.ctx, { branchCode: branch.code })).id;
    const users = new Map<Role, UserView>();
    for (const role of roles) {
      const scope = {
        ...(role === "branch_officer" && { branchCodes: [branch.code] }),
        ...(role === "employer" && { companyId }),
      };
      const { user, headers } = await signedIn(t.app, t.ctx, { role, ...scope });
      const created = await t.app.inject({
        method: "POST",
        url: "/api/me/tokens",
        headers,
        payload: { name: "policy" },
      });
      // Roles without API tokens (candidates) call with a fresh session each time, as the web app does
      // (a route such as logout ends the session it is called with).
      const bearer = { authorization: `Bearer ${created.json().token}` };
      credentials.set(
        role,
        created.statusCode === 201 ? async () => bearer : () => logInAs(t.app, user.email),
      );
      users.set(role, user);
    }
    world = { t, users, branch, companyId };
    fixtures = await options.setup(world);
  });
  afterAll(() => world?.t.close());

  const isAllowed = (allowed: Allowed, role: Role | null) =>
    allowed === "public" || (role !== null && (allowed === "authenticated" || allowed.includes(role)));

  describe(`route policies: ${tag}`, () => {
    describe.each(options.cases)("$method $path", (route) => {
      it.each([null, ...roles])("as %s", async (role) => {
        const headers = role ? await credentials.get(role)!() : {};
        const payload = route.payload?.(fixtures) as object | undefined;
        const response = await world.t.app.inject({
          method: route.method,
          url: route.url(fixtures),
          headers,
          ...(payload && { payload }),
        });
        if (isAllowed(route.allowed, role)) {
          const code =
            response.statusCode === 204 || !response.body.startsWith("{")
              ? null
              : response.json().error?.code;
          expect(["UNAUTHENTICATED", "FORBIDDEN"], response.body).not.toContain(code);
          expect(response.statusCode, response.body).toBeLessThan(500);
        } else {
          expect(response.statusCode, response.body).toBe(role ? 403 : 401);
          expect(response.json().error.code).toBe(role ? "FORBIDDEN" : "UNAUTHENTICATED");
        }
      });
    });

    it(`cover every route tagged ${tag}`, () => {
      const documented = Object.entries(world.t.app.swagger().paths ?? {}).flatMap(([path, operations]) =>
        Object.entries(operations ?? {})
          .filter(([, operation]) => (operation as { tags?: string[] }).tags?.includes(tag))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      );
      expect(options.cases.map((c) => `${c.method} ${c.path}`).sort()).toEqual(documented.sort());
    });
  });
}
