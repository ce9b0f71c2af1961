import type { FastifyInstance } from "fastify";
import { createUser } from "../modules/accounts/create-user.ts";
import type { Role } from "../modules/accounts/roles.ts";
import { SESSION_COOKIE } from "../modules/accounts/session-cookie.ts";
import { createBranch } from "../modules/catalogue/create-branch.ts";
import { createQualification } from "../modules/catalogue/create-qualification.ts";
import type { CreateBranchInput, CreateQualificationInput } from "../modules/catalogue/schemas.ts";
import { createCompany } from "../modules/companies/create-company.ts";
import { createDraft } from "../modules/referentials/create-draft.ts";
import { publishVersion } from "../modules/referentials/publish-version.ts";
import type { ReferentialContent } from "../modules/referentials/schemas.ts";
import type { AppContext } from "../server/context.ts";

/** Shared builders for tests: each creates real rows through the use cases. */

let sequence = 0;
const next = () => ++sequence;

export const TEST_PASSWORD = "correct horse battery";

export function buildBranch(ctx: AppContext, overrides: Partial<CreateBranchInput> = {}) {
  const n = next();
  return createBranch(ctx, {
    actorUserId: null,
    input: {
      code: `BR${n}`,
      name: `Branche ${n}`,
      federation: `FED${n}`,
      isPartner: false,
      charterAdhesionDate: "2010-05-01",
      description: "",
      ...overrides,
    },
  });
}

export function buildQualification(ctx: AppContext, overrides: Partial<CreateQualificationInput> = {}) {
  const n = next();
  return createQualification(ctx, {
    actorUserId: null,
    input: {
      code: `Q${n}`,
      title: `Qualification ${n}`,
      description: "",
      rncpCode: null,
      createdOn: null,
      ...overrides,
    },
  });
}

export function buildCompany(ctx: AppContext, overrides: { name?: string; branchCode?: string | null } = {}) {
  return createCompany(ctx, {
    actorUserId: null,
    input: {
      name: overrides.name ?? `Entreprise ${next()}`,
      siret: null,
      branchCode: overrides.branchCode ?? null,
    },
  });
}

export interface UserOptions {
  role: Role;
  branchCodes?: string[];
  companyId?: number | null;
  email?: string;
}

/** A user of the given role, with the scopes that role requires (a branch or a company is made if none given). */
export async function buildUser(ctx: AppContext, options: UserOptions) {
  const branchCodes =
    options.branchCodes ?? (options.role === "branch_officer" ? [(await buildBranch(ctx)).code] : []);
  const companyId = options.companyId ?? (options.role === "employer" ? (await buildCompany(ctx)).id : null);
  return createUser(ctx, {
    actorUserId: null,
    input: {
      email: options.email ?? `${options.role}.${next()}@test.example`,
      displayName: `Test ${options.role}`,
      role: options.role,
      password: TEST_PASSWORD,
      branchCodes,
      companyId,
    },
  });
}

/** Logs in over HTTP and returns the Cookie header to send with later requests. */
export async function logInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");
  return { cookie: `${SESSION_COOKIE}=${cookie.value}` };
}

/** Creates a user of the role and logs them in; returns the user and request headers. */
export async function signedIn(app: FastifyInstance, ctx: AppContext, options: UserOptions) {
  const user = await buildUser(ctx, options);
  return { user, headers: await logInAs(app, user.email) };
}

/** A small complete referential: two blocs, three capacities, each with criteria and methods. */
export function buildReferentialContent(overrides: Partial<ReferentialContent> = {}): ReferentialContent {
  const capacity = (code: string, criteria: string[]) => ({
    code,
    title: `Capacité ${code}`,
    conditions: "Les ordres de fabrication sont mis à disposition.",
    methods: ["observation" as const, "interview" as const],
    criteria: criteria.map((c) => ({ code: `${code}.${c}`, indicator: `Résultat ${code}.${c}`, weight: 1 })),
  });
  return {
    passRule: { kind: "all_capacities" },
    validity: { kind: "lifetime" },
    blocks: [
      {
        code: "B1",
        title: "Produire",
        rncpCode: null,
        capacities: [capacity("C1", ["1", "2"]), capacity("C2", ["1"])],
      },
      { code: "B2", title: "Contrôler", rncpCode: null, capacities: [capacity("C3", ["1", "2", "3"])] },
    ],
    ...overrides,
  };
}

/** A published version of a CQPI's referential (a new CQPI is made if no code is given). */
export async function buildPublishedVersion(
  ctx: AppContext,
  options: { code?: string; content?: ReferentialContent } = {},
) {
  const code = options.code ?? (await buildQualification(ctx)).code;
  const draft = await createDraft(ctx, {
    actorUserId: null,
    code,
    content: options.content ?? buildReferentialContent(),
  });
  return publishVersion(ctx, { actorUserId: null, code, version: draft.version });
}
