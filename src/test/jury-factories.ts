import type { FastifyInstance } from "fastify";
import type { CreateCandidateInput } from "../modules/candidates/schemas.ts";
import type { Award } from "../modules/certificates/schemas.ts";
import { findQualificationOrThrow } from "../modules/referentials/find-version.ts";
import type { AppContext } from "../server/context.ts";
import {
  buildBranch,
  buildFourMethodsContent,
  buildPathway,
  buildReferentialContent,
  next,
  type PathwayOptions,
  signedIn,
} from "./factories.ts";

/** Jury awards, panels and decided sessions, built through the same use cases and routes users call. */

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
