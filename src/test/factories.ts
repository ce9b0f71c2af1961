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
import type { Award } from "../modules/certificates/schemas.ts";
import { createCompany } from "../modules/companies/create-company.ts";
import { isValidSiret } from "../modules/companies/siret.ts";
import { createAccreditation } from "../modules/pathways/accreditations.ts";
import { assignEvaluator } from "../modules/pathways/assign-evaluator.ts";
import { recordTrainingPlan } from "../modules/pathways/record-training-plan.ts";
import { registerPathway } from "../modules/pathways/register-pathway.ts";
import type { PathwayStatus } from "../modules/pathways/rules.ts";
import { transitionPathway } from "../modules/pathways/transition-pathway.ts";
import { createDraft } from "../modules/referentials/create-draft.ts";
import { findQualificationOrThrow } from "../modules/referentials/find-version.ts";
import type { CriterionScore } from "../modules/referentials/pass-rule.ts";
import { publishVersion } from "../modules/referentials/publish-version.ts";
import { recordAdoption } from "../modules/referentials/record-adoption.ts";
import type { ReferentialContent } from "../modules/referentials/schemas.ts";
import type { AppContext } from "../server/context.ts";
import { AppError } from "../server/errors.ts";

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

/** A multipart/form-data body, as a browser sends a form with a file. */
export function buildMultipart(
  parts: (
    | { name: string; value: string }
    | { name: string; fileName: string; data: Buffer; type?: string }
  )[],
) {
  const boundary = `----cqpi${next()}`;
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      "value" in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\n` +
            `Content-Type: ${part.type ?? "application/octet-stream"}\r\n\r\n`,
    ),
    ...("data" in part ? [part.data, Buffer.from("\r\n")] : []),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export interface AwardOptions extends Pick<PathwayOptions, "candidate"> {
  /** The branch of the pathway (a new one if not given). */
  branch?: { code: string; name: string };
  kind?: Award["kind"];
  /** The blocs acquired (a partial award gets the referential's first bloc if not given). */
  blockCodes?: string[];
  decidedOn?: string;
}

/**
 * A jury award as the jury hands it to `issueCertificate`: a real pathway (registered, on a published
 * referential of two blocs) and its candidate, with decision and session numbers of their own.
 */
export async function buildAward(ctx: AppContext, options: AwardOptions = {}): Promise<Award> {
  const branch = options.branch ?? (await buildBranch(ctx));
  const content = buildReferentialContent();
  const pathway = await buildPathway(ctx, {
    status: "registered",
    branchCode: branch.code,
    content,
    candidate: options.candidate,
  });
  const qualification = await findQualificationOrThrow(ctx, pathway.qualificationCode);
  const kind = options.kind ?? "full";
  return {
    pathwayId: pathway.id,
    juryDecisionId: next(),
    jurySessionId: next(),
    candidate: {
      givenNames: (options.candidate?.firstNames ?? ["Camille"]).join(" "),
      familyName: options.candidate?.usageName ?? options.candidate?.birthName ?? `Martin${next()}`,
    },
    qualification: { code: qualification.code, title: qualification.title, referentialVersion: 1 },
    branch: { code: branch.code, name: branch.name },
    kind,
    blockCodes: options.blockCodes ?? (kind === "partial" ? [content.blocks[0]!.code] : []),
    decidedOn: options.decidedOn ?? ctx.clock.now().toISOString().slice(0, 10),
  };
}

/**
 * Jury accounts for a session: `employers` and `employees` members of each college, signed in; the
 * first employer presides and the first employee is vice-president (the employer college presides
 * in even years by default).
 */
export async function buildJuryPanel(
  app: FastifyInstance,
  ctx: AppContext,
  { employers = 2, employees = 2 }: { employers?: number; employees?: number } = {},
) {
  const seat = async (college: "employer" | "employee", index: number) => {
    const { user, headers } = await signedIn(app, ctx, { role: "jury_member" });
    const president = college === "employer" ? "president" : "vice_president";
    return {
      user,
      headers,
      member: {
        userId: user.id,
        college,
        organisation: college === "employer" ? "UIMM" : `Syndicat ${index + 1}`,
        seat: index === 0 ? president : ("member" as const),
      },
    };
  };
  const panel = [];
  for (let i = 0; i < employers; i++) panel.push(await seat("employer", i));
  for (let i = 0; i < employees; i++) panel.push(await seat("employee", i));
  return panel;
}

export interface JuryDecisionOptions {
  /** The branch of the session and its pathways (a new one if not given). */
  branchCode?: string;
  /** What both members vote, hence the decision (the motivation and, partially, the first bloc added). */
  decision?: "award" | "partial_award" | "refusal";
  /** One pathway ready for the jury per candidate, all on the session's agenda. */
  candidates?: Partial<CreateCandidateInput>[];
  /** Closed by default; false leaves the session in progress with its deliberations closed. */
  isSessionClosed?: boolean;
}

/**
 * A jury session of two members (one per college, both present) that decided on pathways walked to
 * ready for the jury, through the API as the secretariat and the members use it. Returns the session,
 * the pathways and their decisions in the order of `candidates`, and the secretariat's headers.
 */
export async function buildJuryDecision(
  app: FastifyInstance,
  ctx: AppContext,
  { decision = "refusal", candidates = [{}], isSessionClosed = true, ...options }: JuryDecisionOptions = {},
) {
  const branchCode = options.branchCode ?? (await buildBranch(ctx)).code;
  const officer = await signedIn(app, ctx, { role: "branch_officer", branchCodes: [branchCode] });
  const panel = await buildJuryPanel(app, ctx, { employers: 1, employees: 1 });
  const pathwayIds: number[] = [];
  for (const candidate of candidates)
    pathwayIds.push((await buildPathway(ctx, { branchCode, status: "ready_for_jury", candidate })).id);
  const send = async (url: string, headers: Record<string, string>, payload?: object, method = "POST") => {
    const response = await app.inject({
      method: method as "POST",
      url,
      headers,
      ...(payload && { payload }),
    });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const session = await send("/api/jury-sessions", officer.headers, {
    branchCode,
    sittingOn: ctx.clock.now().toISOString().slice(0, 10),
    place: "Siège de la CPNE",
  });
  const at = `/api/jury-sessions/${session.id}`;
  await send(`${at}/members`, officer.headers, { members: panel.map((p) => p.member) }, "PUT");
  await send(`${at}/agenda`, officer.headers, { pathwayIds });
  const attendance = panel.map((p) => ({ userId: p.user.id, presence: "present" }));
  await send(`${at}/attendance`, officer.headers, { attendance }, "PUT");
  for (const pathwayId of pathwayIds) {
    const blocks =
      decision === "partial_award" ? { blockCodes: [buildFourMethodsContent().blocks[0]!.code] } : {};
    const motivation = decision === "award" ? {} : { motivation: "Capacités non démontrées en situation" };
    for (const member of panel)
      await send(`${at}/deliberations/${pathwayId}/votes`, member.headers, {
        decision,
        ...blocks,
        ...motivation,
      });
    await send(`${at}/deliberations/${pathwayId}/close`, officer.headers);
  }
  const detail = isSessionClosed
    ? await send(`${at}/close`, officer.headers)
    : await send(at, officer.headers, undefined, "GET");
  const decisionIds = pathwayIds.map(
    (id) => detail.agenda.find((item: { pathwayId: number }) => item.pathwayId === id).decision.id as number,
  );
  return { branchCode, sessionId: session.id as number, pathwayIds, decisionIds, officer, panel };
}
