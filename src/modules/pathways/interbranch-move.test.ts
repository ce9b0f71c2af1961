import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildCandidate,
  buildCompany,
  buildPublishedVersion,
  signedIn,
} from "../../test/factories.ts";
import { buildJuryDecision, buildJuryPanel } from "../../test/jury-factories.ts";
import { pdfText } from "../../test/pdf-text.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ensureIssuerKey } from "../certificates/generate-issuer-key.ts";

/**
 * A holder moving to another branch, over HTTP: the CQPI awarded by a first branch's jury (B1 = C1, C2;
 * B2 = C3, C4: see buildFourMethodsContent), then a pathway in a second branch that operates the same CQPI
 * with a module of its own (M1 = M1.C1), opened from the certificate: only the module is assessed, the
 * second branch's jury sees what was carried over and where from, awards the CQPI and a second
 * certificate is issued.
 */

type Headers = Record<string, string>;
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
  await ensureIssuerKey(t.ctx);
  admin = await signedIn(t.app, t.ctx, { role: "admin" });
});
afterAll(() => t.close());

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

// Two jury sessions walked over HTTP: seconds on a loaded machine, more on PostgreSQL.
describe("a holder moving to another branch", { timeout: 120_000 }, () => {
  it("opens a pathway pre-filled from the certificate, assesses the branch's module only, and awards a second certificate", async () => {
    const w = await holderMoving();
    const opened = await ok(w.open(), 201);
    const source = {
      number: w.number,
      qualificationCode: w.qualificationCode,
      branchCode: w.uimm.code,
      isRevoked: false,
    };
    expect(opened).toMatchObject({
      branchCode: w.target.code,
      status: "registered",
      acquiredCapacities: ["C1", "C2", "C3", "C4"],
      gaps: [{ blockCode: "M1", capacityCode: "M1.C1" }],
      isAtLevel: false,
    });
    expect(opened.carriedOver).toEqual(
      ["C1", "C2", "C3", "C4"].map((capacityCode) => ({
        capacityCode,
        certificate: { ...source, awardedOn: expect.any(String) },
        via: direct(w.qualificationCode, capacityCode),
        counts: true,
      })),
    );
    const stored = await t.ctx.db
      .selectFrom("pathway_carried_capacities")
      .select(["capacity_code", "certificate_number"])
      .where("pathway_id", "=", opened.id)
      .orderBy("capacity_code")
      .execute();
    expect(stored).toEqual(
      ["C1", "C2", "C3", "C4"].map((capacity_code) => ({ capacity_code, certificate_number: w.number })),
    );

    // The second branch's evaluator assesses what remains: the branch's module, nothing carried over.
    const base = `/api/pathways/${opened.id}`;
    const evaluator = await positioning(w, opened.id, w.qualificationCode);
    const heldOn = t.ctx.clock.now().toISOString().slice(0, 10);
    const questioning = await call("POST", `${base}/assessments`, evaluator, {
      method: "questioning",
      heldOn,
    });
    expect(questioning.json().error.fields.capacityCodes.code).toBe("NO_CAPACITY_TO_ASSESS");
    const onCarried = await call("POST", `${base}/assessments`, evaluator, {
      method: "observation",
      heldOn,
      capacityCodes: ["C1", "M1.C1"],
    });
    expect(onCarried.json().error.fields.capacityCodes).toMatchObject({
      code: "CAPACITIES_REFUSED",
      params: { carriedOver: ["C1"] },
    });
    expect(await observeAll(opened.id, evaluator)).toEqual(["M1.C1"]);
    await ok(call("POST", `${base}/transitions`, evaluator, { event: "complete_positioning" }));
    const bilan = await ok(call("GET", `${base}/gap-analysis`, w.officer.headers));
    expect(bilan).toMatchObject({ isAtLevel: true, gaps: [] });
    expect(bilan.carriedOver.map((c: { capacityCode: string }) => c.capacityCode)).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
    ]);
    expect(bilan.criteria).toContainEqual({
      key: "C1/C1.1",
      score: "acquired",
      heldOn: null,
      hasExpired: false,
    });
    await ok(call("POST", `${base}/transitions`, evaluator, { event: "submit_to_jury" }));

    // The second branch's jury sees the carried-over capacities with their source, and awards the CQPI.
    const { evidence, minutes } = await juryAwards(w, opened.id);
    expect(evidence.gapAnalysis.carriedOver).toHaveLength(4);
    expect(evidence.gapAnalysis.carriedOver[0]).toMatchObject({
      capacityCode: "C1",
      certificate: source,
      counts: true,
    });
    expect(evidence.assessments.map((a: { capacityCodes: string[] }) => a.capacityCodes)).toEqual([
      ["M1.C1"],
    ]);
    expect(minutes).toContain(`Acquis reportés du certificat n° ${w.number}`);
    expect(minutes).toContain(`branche ${w.uimm.code}`);
    expect(minutes).toContain("Attribution du CQPI");

    const awarded = await ok(call("GET", base, w.officer.headers));
    expect(awarded.status).toBe("awarded");
    expect(awarded.certificateNumber).toEqual(expect.any(String));
    expect(awarded.certificateNumber).not.toBe(w.number);
    const second = await ok(call("GET", `/api/certificates/${awarded.certificateNumber}`, {}));
    expect(second).toMatchObject({
      qualification: { code: w.qualificationCode },
      branchName: w.target.name,
      kind: "full",
      status: "valid",
    });
  });

  it("carries capacities of another CQPI over through a recognised exact correspondence, with the chain", async () => {
    const w = await holderMoving();
    // A second CQPI (B1 = C1, C2; B2 = C3), whose bloc B1 the committee recognised as the first's B1.
    const { qualificationCode: other } = await buildPublishedVersion(t.ctx);
    await adopt(w.target.code, other, w.officer.headers);
    const bodies = await ok(call("GET", "/api/bodies", {}));
    const committee = bodies.items.find((b: { code: string }) => b.code === "COMITE-CQPI");
    const votes = { for: 3, against: 0, abstain: 0 };
    const decision = await ok(
      call("POST", `/api/bodies/${committee.id}/decisions`, admin.headers, {
        kind: "recognise_correspondence",
        decidedOn: "2026-02-10",
        title: "Correspondance des blocs de production",
        votes: { employer: votes, employee: votes },
      }),
      201,
    );
    const chain = [
      { qualificationCode: w.qualificationCode, version: 1, itemCode: "B1" },
      { qualificationCode: other, version: 1, itemCode: "B1" },
    ];
    await ok(
      call("POST", "/api/correspondences", admin.headers, {
        from: chain[0],
        to: chain[1],
        kind: "exact",
        decisionId: decision.id,
      }),
      201,
    );

    const opened = await ok(w.open({ ...w.registration, qualificationCode: other }), 201);
    expect(
      opened.carriedOver.map((c: { capacityCode: string; via: object }) => [c.capacityCode, c.via]),
    ).toEqual([
      ["C1", { kind: "correspondence", chain }],
      ["C2", { kind: "correspondence", chain }],
    ]);
    expect(opened.gaps).toEqual([{ blockCode: "B2", capacityCode: "C3" }]);
    const evaluator = await positioning(w, opened.id, other);
    expect(await observeAll(opened.id, evaluator)).toEqual(["C3"]);
    const base = `/api/pathways/${opened.id}`;
    await ok(call("POST", `${base}/transitions`, evaluator, { event: "complete_positioning" }));
    await ok(call("POST", `${base}/transitions`, evaluator, { event: "submit_to_jury" }));
    const { minutes } = await juryAwards(w, opened.id);
    expect(minutes).toContain(`C1 (par correspondance ${w.qualificationCode} B1 → ${other} B1)`);
    const awarded = await ok(call("GET", base, w.officer.headers));
    expect(awarded).toMatchObject({ status: "awarded", certificateNumber: expect.any(String) });
  });

  it("refuses a certificate of someone else, an unknown one, one carrying nothing over or covering everything, and a revoked one", async () => {
    const w = await holderMoving();
    const refusal = async (response: ReturnType<typeof call>, status: number) =>
      (await ok(response, status)).error;

    const colleague = await buildCandidate(t.ctx, { employmentStatus: "employee", companyId: w.companyId });
    expect(await refusal(w.open({ ...w.registration, candidateId: colleague.id }), 409)).toMatchObject({
      code: "CERTIFICATE_OF_ANOTHER_HOLDER",
    });
    const unknown = await refusal(w.open({ ...w.registration, fromCertificate: "CQPI-2026-000000-0" }), 400);
    expect(unknown.fields.fromCertificate).toMatchObject({ code: "UNKNOWN_REFERENCE" });

    // Another CQPI, without any correspondence: nothing is carried over, and the answer says why.
    const { qualificationCode: other } = await buildPublishedVersion(t.ctx);
    await adopt(w.target.code, other, w.officer.headers);
    expect(await refusal(w.open({ ...w.registration, qualificationCode: other }), 409)).toMatchObject({
      code: "NOTHING_CARRIED_OVER",
      params: { number: w.number, reasons: ["not_acquired"] },
    });

    // A branch operating the same CQPI without a module of its own: nothing would be left to assess.
    const plain = await buildBranch(t.ctx);
    await adopt(plain.code, w.qualificationCode, admin.headers);
    expect(
      await refusal(w.open({ ...w.registration, branchCode: plain.code }, admin.headers), 409),
    ).toMatchObject({
      code: "NOTHING_LEFT_TO_ASSESS",
    });

    await ok(
      call("POST", `/api/certificates/${w.number}/revoke`, admin.headers, { reason: "Fraude avérée" }),
    );
    expect(await refusal(w.open(), 409)).toMatchObject({
      code: "CERTIFICATE_REVOKED",
      params: { number: w.number },
    });

    const opened = await t.ctx.db
      .selectFrom("pathways")
      .leftJoin("pathway_carried_capacities", "pathway_carried_capacities.pathway_id", "pathways.id")
      .select(["pathways.id", "pathway_carried_capacities.capacity_code"])
      .where("pathways.candidate_id", "=", w.candidateId)
      .execute();
    expect(opened).toEqual([{ id: expect.any(Number), capacity_code: null }]);
  });

  it("is opened by the national committee or the target branch's officer only", async () => {
    const w = await holderMoving();
    const stranger = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [w.uimm.code] });
    expect((await ok(w.open(w.registration, stranger.headers), 403)).error.code).toBe("NOT_YOUR_BRANCH");
    for (const role of ["employer", "candidate", "evaluator", "jury_member"] as const) {
      const scope = role === "employer" ? { companyId: w.companyId } : {};
      const someone = await signedIn(t.app, t.ctx, { role, ...scope });
      const refused = await w.open(w.registration, someone.headers);
      expect([role, refused.statusCode, refused.json().error.code]).toEqual([role, 403, "FORBIDDEN"]);
    }
    expect((await ok(w.open(w.registration, {}), 401)).error.code).toBe("UNAUTHENTICATED");
    expect((await ok(w.open(w.registration, admin.headers), 201)).carriedOver).toHaveLength(4);
    expect((await ok(w.open(), 201)).carriedOver).toHaveLength(4);
  });

  it("stops counting what a certificate carried over once it is revoked", async () => {
    const w = await holderMoving();
    const opened = await ok(w.open(), 201);
    await ok(
      call("POST", `/api/certificates/${w.number}/revoke`, admin.headers, { reason: "Erreur de jury" }),
    );
    const bilan = await ok(call("GET", `/api/pathways/${opened.id}/gap-analysis`, w.officer.headers));
    expect(
      bilan.carriedOver.map((c: { counts: boolean; certificate: { isRevoked: boolean } }) => [
        c.counts,
        c.certificate.isRevoked,
      ]),
    ).toEqual([
      [false, true],
      [false, true],
      [false, true],
      [false, true],
    ]);
    expect(bilan.gaps.map((g: { capacityCode: string }) => g.capacityCode)).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
      "M1.C1",
    ]);
  });
});
