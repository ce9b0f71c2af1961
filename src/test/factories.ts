import type { FastifyInstance } from "fastify";
import { platform } from "../modules/accounts/caller.ts";
import { createUser } from "../modules/accounts/create-user.ts";
import type { Role } from "../modules/accounts/roles.ts";
import { SESSION_COOKIE } from "../modules/accounts/session-cookie.ts";
import { closeAssessment } from "../modules/assessments/close-assessment.ts";
import { createAssessment } from "../modules/assessments/create-assessment.ts";
import { getAssessment } from "../modules/assessments/read-assessments.ts";
import { saveEntries } from "../modules/assessments/save-entries.ts";
import { saveJudgements } from "../modules/assessments/save-judgements.ts";
import { saveScores } from "../modules/assessments/save-scores.ts";
import { submitBooklet } from "../modules/assessments/submit-booklet.ts";
import { createCandidate } from "../modules/candidates/create-candidate.ts";
import type { CreateCandidateInput } from "../modules/candidates/schemas.ts";
import { createBranch } from "../modules/catalogue/create-branch.ts";
import { createQualification } from "../modules/catalogue/create-qualification.ts";
import type { CreateBranchInput, CreateQualificationInput } from "../modules/catalogue/schemas.ts";
import { createCompany } from "../modules/companies/create-company.ts";
import { isValidSiret } from "../modules/companies/siret.ts";
import { createAccreditation } from "../modules/pathways/accreditations.ts";
import { assignEvaluator } from "../modules/pathways/assign-evaluator.ts";
import { recordTrainingPlan } from "../modules/pathways/record-training-plan.ts";
import { registerPathway } from "../modules/pathways/register-pathway.ts";
import type { PathwayStatus } from "../modules/pathways/rules.ts";
import { transitionPathway } from "../modules/pathways/transition-pathway.ts";
import { createDraft } from "../modules/referentials/create-draft.ts";
import type { CriterionScore } from "../modules/referentials/pass-rule.ts";
import { publishVersion } from "../modules/referentials/publish-version.ts";
import { recordAdoption } from "../modules/referentials/record-adoption.ts";
import type { ReferentialContent } from "../modules/referentials/schemas.ts";
import type { AppContext } from "../server/context.ts";
import { AppError } from "../server/errors.ts";

/** Shared builders for tests: each creates real rows through the use cases. */

let sequence = 0;
/** A number no other call returns in this test process: unique emails, codes and names. */
export const next = () => ++sequence;

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

export function buildCompany(
  ctx: AppContext,
  overrides: { name?: string; branchCode?: string | null; siret?: string | null } = {},
) {
  return createCompany(ctx, {
    caller: platform,
    input: {
      name: overrides.name ?? `Entreprise ${next()}`,
      siret: overrides.siret ?? null,
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

/**
 * Logs in over HTTP and returns the headers a browser sends with later requests: the Cookie, and the
 * platform's own Origin (state-changing requests with the session cookie must carry it).
 */
export async function logInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, origin: app.ctx.config.publicUrl };
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

/** A SIRET that passes the check and was not handed out before: IBM France's SIREN with a new NIC. */
export function buildSiret(): string {
  const prefix = `732829320${String(next() % 10_000).padStart(4, "0")}`;
  const checkDigit = [..."0123456789"].find((digit) => isValidSiret(prefix + digit));
  return prefix + checkDigit;
}

/** A valid registration: a job seeker born in Paris, or an employee when a company is given. */
export function buildCandidateInput(overrides: Partial<CreateCandidateInput> = {}): CreateCandidateInput {
  const companyId = overrides.companyId ?? null;
  return {
    birthName: `Martin${next()}`,
    usageName: null,
    firstNames: ["Camille"],
    birthDate: "1978-05-14",
    sex: "F",
    birthInseeCode: "75056",
    birthPostalCode: null,
    birthCity: "Paris",
    birthCountryCode: null,
    birthCountry: null,
    email: null,
    phone: null,
    employmentStatus: companyId === null ? "job_seeker" : "employee",
    companyId,
    hasPriorCertification: false,
    userId: null,
    ...overrides,
  };
}

/** A candidate registered by the platform itself (no scope check), from `buildCandidateInput`. */
export function buildCandidate(ctx: AppContext, overrides: Partial<CreateCandidateInput> = {}) {
  return createCandidate(ctx, { caller: platform, input: buildCandidateInput(overrides) });
}

/**
 * A referential whose capacities use the four evaluation methods: B1 holds C1 (booklet, observation)
 * and C2 (booklet, questioning, interview); B2 holds C3 (observation, interview) and C4 (questioning,
 * observation, interview).
 */
export function buildFourMethodsContent(): ReferentialContent {
  type Method = "booklet" | "questioning" | "observation" | "interview";
  const capacity = (code: string, methods: Method[], criteria: string[]) => ({
    code,
    title: `Capacité ${code}`,
    conditions: "En situation de travail.",
    methods,
    criteria: criteria.map((c) => ({ code: `${code}.${c}`, indicator: `Résultat ${code}.${c}`, weight: 1 })),
  });
  return buildReferentialContent({
    blocks: [
      {
        code: "B1",
        title: "Produire",
        rncpCode: null,
        capacities: [
          capacity("C1", ["booklet", "observation"], ["1", "2"]),
          capacity("C2", ["booklet", "questioning", "interview"], ["1", "2"]),
        ],
      },
      {
        code: "B2",
        title: "Contrôler",
        rncpCode: null,
        capacities: [
          capacity("C3", ["observation", "interview"], ["1", "2"]),
          capacity("C4", ["questioning", "observation", "interview"], ["1"]),
        ],
      },
    ],
  });
}

type WalkableStatus = Extract<
  PathwayStatus,
  "registered" | "positioning" | "positioned" | "in_training" | "reassessment" | "ready_for_jury"
>;

export interface PathwayOptions {
  status?: WalkableStatus;
  /** The branch that adopts the referential (a new one if not given). */
  branchCode?: string;
  content?: ReferentialContent;
  /** The candidate (a job seeker of no company if not given). */
  candidate?: Partial<CreateCandidateInput>;
  /** The evaluator to accredit and assign (a new one if not given). */
  evaluatorUserId?: number;
  /** How the positioning ends: everything acquired, or the referential's first capacity left as a gap. */
  outcome?: "at_level" | "gaps";
}

/**
 * A pathway walked to `status` through the real use cases: a published referential adopted by the
 * branch, a registered candidate, an evaluator accredited and assigned, and past `positioning` the
 * scored methods' assessments scored and closed as `outcome` says (then a training plan on the gaps,
 * and a second evaluation that acquires them).
 */
export async function buildPathway(ctx: AppContext, options: PathwayOptions = {}) {
  const status = options.status ?? "positioning";
  const branchCode = options.branchCode ?? (await buildBranch(ctx)).code;
  const content = options.content ?? buildFourMethodsContent();
  const { qualificationCode } = await buildPublishedVersion(ctx, { content });
  const adoption = { version: 1, decisionDate: "2020-01-01", agreementReference: "CPNE", modules: [] };
  await recordAdoption(ctx, { caller: platform, branchCode, code: qualificationCode, input: adoption });
  const candidateId = (await buildCandidate(ctx, options.candidate)).id;
  const input = { candidateId, qualificationCode, branchCode, route: "mixed" as const };
  const id = await registerPathway(ctx, { caller: platform, input });
  const evaluatorUserId = options.evaluatorUserId ?? (await buildUser(ctx, { role: "evaluator" })).id;
  const today = ctx.clock.now().toISOString().slice(0, 10);
  await createAccreditation(ctx, {
    caller: platform,
    input: {
      evaluatorUserId,
      qualificationCode,
      branchCode,
      validFrom: "2020-01-01",
      validUntil: "2099-01-01",
    },
  });
  await assignEvaluator(ctx, { caller: platform, pathwayId: id, evaluatorUserId });
  const built = { id, candidateId, qualificationCode, branchCode, evaluatorUserId };
  const move = (event: Parameters<typeof transitionPathway>[1]["event"]) =>
    transitionPathway(ctx, { caller: platform, pathwayId: id, event });
  if (status === "registered") return built;
  await move("start_positioning");
  if (status === "positioning") return built;
  const gapCode = options.outcome === "gaps" ? (content.blocks[0]?.capacities[0]?.code ?? null) : null;
  await scoreEveryMethod(ctx, id, today, (code) => (code === gapCode ? "not_acquired" : "acquired"));
  await move("complete_positioning");
  if (status === "positioned") return built;
  if (!gapCode) {
    if (status !== "ready_for_jury") throw new Error(`a pathway at level cannot be ${status}: ask for gaps`);
    await move("submit_to_jury");
    return built;
  }
  const plan = { organisation: "Tutorat", plannedHours: 35, startDate: today, endDate: today };
  await recordTrainingPlan(ctx, {
    caller: platform,
    pathwayId: id,
    input: { ...plan, trainerUserId: null, trainerName: "Tuteur" },
  });
  await move("start_training");
  if (status === "in_training") return built;
  await move("start_reassessment");
  if (status === "reassessment") return built;
  await scoreEveryMethod(ctx, id, today, () => "acquired");
  await move("submit_to_jury");
  return built;
}

/**
 * Opens, scores and closes one assessment per scored method in the current sitting, on every
 * capacity the method may cover now (a method with none is skipped).
 */
async function scoreEveryMethod(
  ctx: AppContext,
  pathwayId: number,
  heldOn: string,
  scoreOf: (capacityCode: string) => "acquired" | "not_acquired",
) {
  for (const method of ["observation", "questioning", "interview"] as const) {
    const assessment = await createAssessment(ctx, {
      caller: platform,
      pathwayId,
      input: { method, heldOn },
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.fields?.capacityCodes?.code === "NO_CAPACITY_TO_ASSESS")
        return null;
      throw error;
    });
    if (!assessment) continue;
    const scores = assessment.capacities.flatMap((capacity) =>
      capacity.criteria.map((criterion) => ({
        capacityCode: capacity.code,
        criterionCode: criterion.code,
        score: scoreOf(capacity.code),
        comment: "",
      })),
    );
    await saveScores(ctx, { caller: platform, assessmentId: assessment.id, input: { revision: 0, scores } });
    await closeAssessment(ctx, { caller: platform, assessmentId: assessment.id });
  }
}

/**
 * A booklet written, submitted and judged on every capacity it covers, then closed (by the platform,
 * standing for the candidate and the evaluator).
 */
export async function closeBooklet(
  ctx: AppContext,
  assessmentId: number,
  judgementOf: (capacityCode: string) => CriterionScore = () => "acquired",
) {
  const booklet = await getAssessment(ctx, { caller: platform, assessmentId });
  const codes = booklet.capacityCodes;
  const entries = codes.map((capacityCode) => ({ capacityCode, text: "Mes activités" }));
  let view = await saveEntries(ctx, {
    caller: platform,
    assessmentId,
    input: { revision: booklet.revision, entries },
  });
  view = await submitBooklet(ctx, { caller: platform, assessmentId, input: { revision: view.revision } });
  const judgements = codes.map((capacityCode) => ({
    capacityCode,
    judgement: judgementOf(capacityCode),
    comment: "",
  }));
  view = await saveJudgements(ctx, {
    caller: platform,
    assessmentId,
    input: { revision: view.revision, judgements },
  });
  return closeAssessment(ctx, { caller: platform, assessmentId });
}
