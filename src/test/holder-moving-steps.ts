import { expect } from "vitest";
import { buildBranch, buildCompany, signedIn } from "./factories.ts";
import { buildJuryDecision, buildJuryPanel } from "./jury-factories.ts";
import { pdfText } from "./pdf-text.ts";
import type { TestApp } from "./test-app.ts";

/**
 * The steps of a holder moving to another branch, over HTTP: the CQPI awarded by a first branch's jury
 * (B1 = C1, C2; B2 = C3, C4: see buildFourMethodsContent), then a second branch operating the same CQPI
 * with a module of its own (M1 = M1.C1), its evaluator's positioning, and its jury's award. The
 * national committee's headers (`admin`) read what the steps check.
 */

type Headers = Record<string, string>;

export function holderMovingSteps(t: TestApp, admin: { headers: Headers }) {
  const call = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload && { payload }) });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read as the API documents them
  const ok = async (response: ReturnType<typeof call>, status = 200): Promise<any> => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return r.json();
  };

  const moduleBlock = {
    code: "M1",
    title: "Module de la branche",
    rncpCode: null,
    capacities: [
      {
        code: "M1.C1",
        title: "Appliquer les règles d'hygiène de la branche",
        conditions: "En atelier.",
        methods: ["observation"],
        criteria: [{ code: "M1.C1.1", indicator: "Règles appliquées", weight: 1 }],
      },
    ],
  };

  /** A branch's CPNE adopting a CQPI's first version, with its modules. */
  const adopt = (branchCode: string, qualificationCode: string, headers: Headers, modules: object[] = []) =>
    ok(
      call("POST", `/api/branches/${branchCode}/qualifications/${qualificationCode}/adoptions`, headers, {
        version: 1,
        decisionDate: "2026-01-15",
        agreementReference: "CPNE 2026-01",
        modules,
      }),
      201,
    );

  /** The holder of a certificate awarded by UIMM's jury, now employed in a branch that operates the CQPI too. */
  async function holderMoving() {
    const uimm = await buildBranch(t.ctx, { name: "Métallurgie" });
    const first = await buildJuryDecision(t.app, t.ctx, {
      branchCode: uimm.code,
      decision: "award",
      candidates: [{ birthName: "Lefèvre", firstNames: ["Éloïse"] }],
    });
    const awarded = await ok(call("GET", `/api/pathways/${first.pathwayIds[0]}`, admin.headers));
    expect(awarded).toMatchObject({ status: "awarded", certificateNumber: expect.any(String) });
    const target = await buildBranch(t.ctx, { name: "Plasturgie" });
    const companyId = (await buildCompany(t.ctx, { branchCode: target.code })).id;
    const candidateId = awarded.candidate.id as number;
    await ok(
      call("PATCH", `/api/candidates/${candidateId}`, admin.headers, {
        employmentStatus: "employee",
        companyId,
      }),
    );
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [target.code] });
    const qualificationCode = awarded.qualificationCode as string;
    await adopt(target.code, qualificationCode, officer.headers, [moduleBlock]);
    const registration = {
      candidateId,
      qualificationCode,
      branchCode: target.code,
      route: "experience",
      fromCertificate: awarded.certificateNumber as string,
    };
    const open = (payload: object = registration, headers: Headers = officer.headers) =>
      call("POST", "/api/pathways", headers, payload);
    return {
      uimm,
      target,
      companyId,
      candidateId,
      qualificationCode,
      number: awarded.certificateNumber as string,
      officer,
      registration,
      open,
    };
  }

  const direct = (qualificationCode: string, capacityCode: string) => ({
    kind: "direct",
    qualificationCode,
    version: 1,
    capacityCode,
  });

  type Moving = Awaited<ReturnType<typeof holderMoving>>;

  /** An evaluator accredited in the target branch, assigned to the pathway, which starts its positioning. */
  async function positioning(w: Moving, pathwayId: number, qualificationCode: string) {
    const evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
    await ok(
      call("POST", "/api/accreditations", w.officer.headers, {
        evaluatorUserId: evaluator.user.id,
        qualificationCode,
        branchCode: w.target.code,
        validFrom: "2026-01-01",
        validUntil: "2099-01-01",
      }),
      201,
    );
    const base = `/api/pathways/${pathwayId}`;
    await ok(call("PUT", `${base}/evaluator`, w.officer.headers, { evaluatorUserId: evaluator.user.id }));
    await ok(call("POST", `${base}/transitions`, evaluator.headers, { event: "start_positioning" }));
    return evaluator.headers;
  }

  /** An observation on everything it may cover now, every criterion acquired, closed. */
  async function observeAll(pathwayId: number, evaluator: Headers) {
    const heldOn = t.ctx.clock.now().toISOString().slice(0, 10);
    const observation = await ok(
      call("POST", `/api/pathways/${pathwayId}/assessments`, evaluator, { method: "observation", heldOn }),
      201,
    );
    const scores = observation.capacities.flatMap((c: { code: string; criteria: { code: string }[] }) =>
      c.criteria.map((criterion) => ({
        capacityCode: c.code,
        criterionCode: criterion.code,
        score: "acquired",
      })),
    );
    await ok(call("PUT", `/api/assessments/${observation.id}/scores`, evaluator, { revision: 0, scores }));
    await ok(call("POST", `/api/assessments/${observation.id}/close`, evaluator));
    return observation.capacityCodes as string[];
  }

  /**
   * The target branch's jury on the pathway, ready for it: the session as a member sees it before voting
   * (the evidence pack), then an award voted by both members, the session closed and its minutes' text.
   */
  async function juryAwards(w: Moving, pathwayId: number) {
    const panel = await buildJuryPanel(t.app, t.ctx, { employers: 1, employees: 1 });
    const session = await ok(
      call("POST", "/api/jury-sessions", w.officer.headers, {
        branchCode: w.target.code,
        sittingOn: t.ctx.clock.now().toISOString().slice(0, 10),
        place: "Siège de la CPNE",
      }),
      201,
    );
    const at = `/api/jury-sessions/${session.id}`;
    await ok(call("PUT", `${at}/members`, w.officer.headers, { members: panel.map((p) => p.member) }));
    await ok(call("POST", `${at}/agenda`, w.officer.headers, { pathwayIds: [pathwayId] }));
    const attendance = panel.map((p) => ({ userId: p.user.id, presence: "present" }));
    await ok(call("PUT", `${at}/attendance`, w.officer.headers, { attendance }));
    const seen = await ok(call("GET", at, panel[1]!.headers));
    for (const member of panel)
      await ok(
        call("POST", `${at}/deliberations/${pathwayId}/votes`, member.headers, { decision: "award" }),
        201,
      );
    await ok(call("POST", `${at}/deliberations/${pathwayId}/close`, panel[0]!.headers));
    await ok(call("POST", `${at}/close`, panel[0]!.headers));
    const minutes = await call("GET", `${at}/minutes.pdf`, w.officer.headers);
    expect(minutes.statusCode).toBe(200);
    return { evidence: seen.agenda[0].evidence, minutes: pdfText(minutes.rawPayload) };
  }

  return { call, ok, adopt, holderMoving, direct, positioning, observeAll, juryAwards };
}

export type HolderMovingSteps = ReturnType<typeof holderMovingSteps>;
