import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildCandidate, buildPublishedVersion, signedIn } from "../../test/factories.ts";
import { type HolderMovingSteps, holderMovingSteps } from "../../test/holder-moving-steps.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ensureIssuerKey } from "../certificates/generate-issuer-key.ts";

/**
 * A holder moving to another branch, over HTTP: the CQPI awarded by a first branch's jury, then a pathway
 * in a second branch that operates the same CQPI with a module of its own, opened from the certificate:
 * only the module is assessed, the second branch's jury sees what was carried over and where from,
 * awards the CQPI and a second certificate is issued (the steps: holder-moving-steps.ts).
 */

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
let steps: HolderMovingSteps;

beforeAll(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
  await ensureIssuerKey(t.ctx);
  admin = await signedIn(t.app, t.ctx, { role: "admin" });
  steps = holderMovingSteps(t, admin);
});
afterAll(() => t.close());
// Two jury sessions walked over HTTP: seconds on a loaded machine, more on PostgreSQL.
describe("a holder moving to another branch", { timeout: 120_000 }, () => {
  it("opens a pathway pre-filled from the certificate, assesses the branch's module only, and awards a second certificate", async () => {
    const w = await steps.holderMoving();
    const opened = await steps.ok(w.open(), 201);
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
        via: steps.direct(w.qualificationCode, capacityCode),
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
    const evaluator = await steps.positioning(w, opened.id, w.qualificationCode);
    const heldOn = t.ctx.clock.now().toISOString().slice(0, 10);
    const questioning = await steps.call("POST", `${base}/assessments`, evaluator, {
      method: "questioning",
      heldOn,
    });
    expect(questioning.json().error.fields.capacityCodes.code).toBe("NO_CAPACITY_TO_ASSESS");
    const onCarried = await steps.call("POST", `${base}/assessments`, evaluator, {
      method: "observation",
      heldOn,
      capacityCodes: ["C1", "M1.C1"],
    });
    expect(onCarried.json().error.fields.capacityCodes).toMatchObject({
      code: "CAPACITIES_REFUSED",
      params: { carriedOver: ["C1"] },
    });
    expect(await steps.observeAll(opened.id, evaluator)).toEqual(["M1.C1"]);
    await steps.ok(steps.call("POST", `${base}/transitions`, evaluator, { event: "complete_positioning" }));
    const bilan = await steps.ok(steps.call("GET", `${base}/gap-analysis`, w.officer.headers));
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
    await steps.ok(steps.call("POST", `${base}/transitions`, evaluator, { event: "submit_to_jury" }));

    // The second branch's jury sees the carried-over capacities with their source, and awards the CQPI.
    const { evidence, minutes } = await steps.juryAwards(w, opened.id);
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

    const awarded = await steps.ok(steps.call("GET", base, w.officer.headers));
    expect(awarded.status).toBe("awarded");
    expect(awarded.certificateNumber).toEqual(expect.any(String));
    expect(awarded.certificateNumber).not.toBe(w.number);
    const second = await steps.ok(steps.call("GET", `/api/certificates/${awarded.certificateNumber}`, {}));
    expect(second).toMatchObject({
      qualification: { code: w.qualificationCode },
      branchName: w.target.name,
      kind: "full",
      status: "valid",
    });
  });

  it("carries capacities of another CQPI over through a recognised exact correspondence, with the chain", async () => {
    const w = await steps.holderMoving();
    // A second CQPI (B1 = C1, C2; B2 = C3), whose bloc B1 the committee recognised as the first's B1.
    const { qualificationCode: other } = await buildPublishedVersion(t.ctx);
    await steps.adopt(w.target.code, other, w.officer.headers);
    const bodies = await steps.ok(steps.call("GET", "/api/bodies", {}));
    const committee = bodies.items.find((b: { code: string }) => b.code === "COMITE-CQPI");
    const votes = { for: 3, against: 0, abstain: 0 };
    const decision = await steps.ok(
      steps.call("POST", `/api/bodies/${committee.id}/decisions`, admin.headers, {
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
    await steps.ok(
      steps.call("POST", "/api/correspondences", admin.headers, {
        from: chain[0],
        to: chain[1],
        kind: "exact",
        decisionId: decision.id,
      }),
      201,
    );

    const opened = await steps.ok(w.open({ ...w.registration, qualificationCode: other }), 201);
    expect(
      opened.carriedOver.map((c: { capacityCode: string; via: object }) => [c.capacityCode, c.via]),
    ).toEqual([
      ["C1", { kind: "correspondence", chain }],
      ["C2", { kind: "correspondence", chain }],
    ]);
    expect(opened.gaps).toEqual([{ blockCode: "B2", capacityCode: "C3" }]);
    const evaluator = await steps.positioning(w, opened.id, other);
    expect(await steps.observeAll(opened.id, evaluator)).toEqual(["C3"]);
    const base = `/api/pathways/${opened.id}`;
    await steps.ok(steps.call("POST", `${base}/transitions`, evaluator, { event: "complete_positioning" }));
    await steps.ok(steps.call("POST", `${base}/transitions`, evaluator, { event: "submit_to_jury" }));
    const { minutes } = await steps.juryAwards(w, opened.id);
    expect(minutes).toContain(`C1 (par correspondance ${w.qualificationCode} B1 → ${other} B1)`);
    const awarded = await steps.ok(steps.call("GET", base, w.officer.headers));
    expect(awarded).toMatchObject({ status: "awarded", certificateNumber: expect.any(String) });
  });

  it("refuses a certificate of someone else, an unknown one, one carrying nothing over or covering everything, and a revoked one", async () => {
    const w = await steps.holderMoving();
    const refusal = async (response: ReturnType<HolderMovingSteps["call"]>, status: number) =>
      (await steps.ok(response, status)).error;

    const colleague = await buildCandidate(t.ctx, { employmentStatus: "employee", companyId: w.companyId });
    expect(await refusal(w.open({ ...w.registration, candidateId: colleague.id }), 409)).toMatchObject({
      code: "CERTIFICATE_OF_ANOTHER_HOLDER",
    });
    const unknown = await refusal(w.open({ ...w.registration, fromCertificate: "CQPI-2026-000000-0" }), 400);
    expect(unknown.fields.fromCertificate).toMatchObject({ code: "UNKNOWN_REFERENCE" });

    // Another CQPI, without any correspondence: nothing is carried over, and the answer says why.
    const { qualificationCode: other } = await buildPublishedVersion(t.ctx);
    await steps.adopt(w.target.code, other, w.officer.headers);
    expect(await refusal(w.open({ ...w.registration, qualificationCode: other }), 409)).toMatchObject({
      code: "NOTHING_CARRIED_OVER",
      params: { number: w.number, reasons: ["not_acquired"] },
    });

    // A branch operating the same CQPI without a module of its own: nothing would be left to assess.
    const plain = await buildBranch(t.ctx);
    await steps.adopt(plain.code, w.qualificationCode, admin.headers);
    expect(
      await refusal(w.open({ ...w.registration, branchCode: plain.code }, admin.headers), 409),
    ).toMatchObject({
      code: "NOTHING_LEFT_TO_ASSESS",
    });

    await steps.ok(
      steps.call("POST", `/api/certificates/${w.number}/revoke`, admin.headers, { reason: "Fraude avérée" }),
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
    const w = await steps.holderMoving();
    const stranger = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [w.uimm.code] });
    expect((await steps.ok(w.open(w.registration, stranger.headers), 403)).error.code).toBe(
      "NOT_YOUR_BRANCH",
    );
    for (const role of ["employer", "candidate", "evaluator", "jury_member"] as const) {
      const scope = role === "employer" ? { companyId: w.companyId } : {};
      const someone = await signedIn(t.app, t.ctx, { role, ...scope });
      const refused = await w.open(w.registration, someone.headers);
      expect([role, refused.statusCode, refused.json().error.code]).toEqual([role, 403, "FORBIDDEN"]);
    }
    expect((await steps.ok(w.open(w.registration, {}), 401)).error.code).toBe("UNAUTHENTICATED");
    expect((await steps.ok(w.open(w.registration, admin.headers), 201)).carriedOver).toHaveLength(4);
    expect((await steps.ok(w.open(), 201)).carriedOver).toHaveLength(4);
  });

  it("stops counting what a certificate carried over once it is revoked", async () => {
    const w = await steps.holderMoving();
    const opened = await steps.ok(w.open(), 201);
    await steps.ok(
      steps.call("POST", `/api/certificates/${w.number}/revoke`, admin.headers, { reason: "Erreur de jury" }),
    );
    const bilan = await steps.ok(
      steps.call("GET", `/api/pathways/${opened.id}/gap-analysis`, w.officer.headers),
    );
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
