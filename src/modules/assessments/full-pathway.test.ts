import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildCandidate,
  buildCompany,
  buildFourMethodsContent,
  buildPublishedVersion,
  signedIn,
} from "../../test/factories.ts";
import { buildMultipart } from "../../test/multipart.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

/**
 * One candidate's whole pathway over HTTP, as the people involved do it: the branch registers and
 * assigns, the candidate writes the booklet, the evaluator questions, observes and interviews, the gap
 * analysis sends the candidate to training on the gaps, the second evaluation covers those gaps only,
 * and the pathway goes to the jury with the earlier acquisitions kept.
 * Referential (see buildFourMethodsContent): B1 = C1 (booklet, observation), C2 (booklet, questioning,
 * interview); B2 = C3 (observation, interview), C4 (questioning, observation, interview).
 */

type Session = { headers: { cookie: string } };
let t: TestApp;
let dataDir: string;
let officer: Session;
let evaluator: Session & { user: { id: number } };
let candidate: Session;
let employer: Session;
let candidateId: number;
let branchCode: string;
let qualificationCode: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-full-pathway-"));
  t = await createTestApp({ dataDir });
  branchCode = (await buildBranch(t.ctx)).code;
  qualificationCode = (await buildPublishedVersion(t.ctx, { content: buildFourMethodsContent() }))
    .qualificationCode;
  const companyId = (await buildCompany(t.ctx, { branchCode })).id;
  officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
  evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
  employer = await signedIn(t.app, t.ctx, { role: "employer", companyId });
  const candidateUser = await signedIn(t.app, t.ctx, { role: "candidate" });
  candidate = candidateUser;
  candidateId = (await buildCandidate(t.ctx, { companyId, userId: candidateUser.user.id })).id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(who: Session, method: "GET" | "POST" | "PUT", url: string, payload?: object) {
  const response = await t.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) });
  return { status: response.statusCode, body: response.json() };
}
async function ok(who: Session, method: "GET" | "POST" | "PUT", url: string, payload?: object) {
  const response = await call(who, method, url, payload);
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response.body;
}
const criteria = (...entries: [string, "acquired" | "partially" | "not_acquired", string?][]) =>
  entries.map(([key, score, comment = ""]) => {
    const [capacityCode, criterionCode] = key.split("/") as [string, string];
    return { capacityCode, criterionCode, score, comment };
  });

describe("a pathway from registration to the jury, over HTTP", () => {
  it("goes through the four methods, the gap analysis, training and a second evaluation on the gaps", async () => {
    // The branch's CPNE adopts the referential, registers the candidate, accredits and assigns the evaluator.
    await ok(officer, "POST", `/api/branches/${branchCode}/qualifications/${qualificationCode}/adoptions`, {
      version: 1,
      decisionDate: "2026-01-15",
      agreementReference: "CPNE 2026-01",
      modules: [],
    });
    const pathway = await ok(officer, "POST", "/api/pathways", {
      candidateId,
      qualificationCode,
      branchCode,
      route: "mixed",
    });
    const base = `/api/pathways/${pathway.id}`;
    await ok(officer, "POST", "/api/accreditations", {
      evaluatorUserId: evaluator.user.id,
      qualificationCode,
      branchCode,
      validFrom: "2026-01-01",
      validUntil: "2027-01-01",
    });
    await ok(officer, "PUT", `${base}/evaluator`, { evaluatorUserId: evaluator.user.id });
    expect((await ok(evaluator, "POST", `${base}/transitions`, { event: "start_positioning" })).status).toBe(
      "positioning",
    );

    // Livret d'activité: opened and written by the candidate (with their employer), closed by the evaluator.
    const booklet = await ok(candidate, "POST", `${base}/assessments`, {
      method: "booklet",
      heldOn: "2026-03-02",
    });
    expect(booklet).toMatchObject({ sitting: 1, status: "open", revision: 0, capacityCodes: ["C1", "C2"] });
    expect(booklet.capacities[1]).toMatchObject({
      blockCode: "B1",
      code: "C2",
      title: "Capacité C2",
      criteria: [
        { code: "C2.1", indicator: "Résultat C2.1" },
        { code: "C2.2", indicator: "Résultat C2.2" },
      ],
    });
    const bookletUrl = `/api/assessments/${booklet.id}`;
    await ok(candidate, "PUT", `${bookletUrl}/entries`, {
      revision: 0,
      entries: [{ capacityCode: "C1", text: "Je règle la presse à chaque changement de série." }],
    });
    const pdf = Buffer.from("%PDF-1.7\n% fiche de réglage\n");
    const upload = buildMultipart([
      { name: "capacityCode", value: "C1" },
      { name: "file", fileName: "fiche réglage.pdf", data: pdf, type: "application/pdf" },
    ]);
    const uploaded = await t.app.inject({
      method: "POST",
      url: `${bookletUrl}/evidence`,
      headers: { ...candidate.headers, ...upload.headers },
      payload: upload.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({ fileName: "fiche réglage.pdf", contentType: "application/pdf" });
    const download = await t.app.inject({
      url: `/api/evidence/${uploaded.json().id}`,
      headers: evaluator.headers,
    });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers["content-disposition"]).toMatch(/^attachment;/);

    const early = await call(candidate, "POST", `${bookletUrl}/submit`, { revision: 1 });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: "ASSESSMENT_INCOMPLETE",
      fields: { C2: { code: "NO_ENTRY" } },
    });
    await ok(employer, "PUT", `${bookletUrl}/entries`, {
      revision: 1,
      entries: [{ capacityCode: "C2", text: "Contrôle les pièces au pied de machine depuis 2019." }],
    });
    expect((await ok(candidate, "POST", `${bookletUrl}/submit`, { revision: 2 })).submittedAt).not.toBeNull();
    const unjudged = await call(evaluator, "POST", `${bookletUrl}/close`);
    expect(unjudged.body.error).toMatchObject({
      code: "ASSESSMENT_INCOMPLETE",
      fields: { C1: { code: "NOT_JUDGED" }, C2: { code: "NOT_JUDGED" } },
    });
    await ok(evaluator, "PUT", `${bookletUrl}/judgements`, {
      revision: 3,
      judgements: [
        { capacityCode: "C1", judgement: "acquired", comment: "Réglages décrits avec précision." },
        { capacityCode: "C2", judgement: "partially", comment: "" },
      ],
    });
    expect((await ok(evaluator, "POST", `${bookletUrl}/close`)).status).toBe("closed");
    const late = await call(candidate, "PUT", `${bookletUrl}/entries`, {
      revision: 5,
      entries: [{ capacityCode: "C1", text: "Un ajout." }],
    });
    expect(late.body.error.code).toBe("ASSESSMENT_CLOSED");

    // Questionnement: questions and answers written, then scored.
    const questioning = await ok(evaluator, "POST", `${base}/assessments`, {
      method: "questioning",
      heldOn: "2026-03-03",
    });
    expect(questioning.capacityCodes).toEqual(["C2", "C4"]);
    const questioningUrl = `/api/assessments/${questioning.id}`;
    await ok(evaluator, "PUT", `${questioningUrl}/entries`, {
      revision: 0,
      entries: [{ capacityCode: "C4", text: "Q : que faire d'une pièce hors tolérance ? R : je l'isole." }],
    });
    await ok(evaluator, "PUT", `${questioningUrl}/scores`, {
      revision: 1,
      scores: criteria(["C2/C2.1", "acquired"], ["C2/C2.2", "acquired"], ["C4/C4.1", "not_acquired"]),
    });
    await ok(evaluator, "POST", `${questioningUrl}/close`);

    // Observation on the shop floor: the tablet grid is saved as the evaluator goes.
    const observation = await ok(evaluator, "POST", `${base}/assessments`, {
      method: "observation",
      heldOn: "2026-03-04",
    });
    expect(observation.capacityCodes).toEqual(["C1", "C3", "C4"]);
    const observationUrl = `/api/assessments/${observation.id}`;
    await ok(evaluator, "PUT", `${observationUrl}/scores`, {
      revision: 0,
      scores: criteria(["C1/C1.1", "acquired"], ["C1/C1.2", "acquired"]),
    });
    const grid = await ok(evaluator, "PUT", `${observationUrl}/scores`, {
      revision: 1,
      scores: criteria(
        ["C3/C3.1", "acquired"],
        ["C3/C3.2", "not_acquired", "Oublie l'autocontrôle en fin de série"],
        ["C4/C4.1", "not_acquired"],
      ),
    });
    expect(grid.revision).toBe(2);
    expect(grid.scores).toHaveLength(5);
    await ok(evaluator, "POST", `${observationUrl}/close`);

    // Entretien: only on what is not validated yet.
    const onValidated = await call(evaluator, "POST", `${base}/assessments`, {
      method: "interview",
      heldOn: "2026-03-05",
      capacityCodes: ["C2", "C3"],
    });
    expect(onValidated.status).toBe(400);
    expect(onValidated.body.error.fields).toMatchObject({
      capacityCodes: {
        code: "CAPACITIES_REFUSED",
        params: { method: "interview", alreadyValidated: ["C2"] },
      },
    });
    const interview = await ok(evaluator, "POST", `${base}/assessments`, {
      method: "interview",
      heldOn: "2026-03-05",
    });
    expect(interview.capacityCodes).toEqual(["C3", "C4"]);
    await ok(evaluator, "PUT", `/api/assessments/${interview.id}/scores`, {
      revision: 0,
      scores: criteria(["C3/C3.1", "acquired"], ["C3/C3.2", "not_acquired"], ["C4/C4.1", "partially"]),
    });
    await ok(evaluator, "POST", `/api/assessments/${interview.id}/close`);
    expect(
      (await ok(evaluator, "POST", `${base}/transitions`, { event: "complete_positioning" })).status,
    ).toBe("positioned");

    // Bilan de positionnement: bloc B2 is not acquired; its two capacities are the gaps.
    const positioning = await ok(candidate, "GET", `${base}/gap-analysis`);
    expect(positioning.isAtLevel).toBe(false);
    expect(positioning.gaps).toEqual([
      { blockCode: "B2", capacityCode: "C3" },
      { blockCode: "B2", capacityCode: "C4" },
    ]);

    // Training on exactly the gaps, then the second evaluation.
    const plan = await ok(officer, "POST", `${base}/training-plan`, {
      organisation: "Tutorat en atelier",
      plannedHours: 70,
      startDate: "2026-03-16",
      endDate: "2026-04-03",
      trainerName: "Tuteur de l'entreprise",
    });
    expect(plan.capacityCodes).toEqual(["C3", "C4"]);
    await ok(officer, "POST", `${base}/transitions`, { event: "start_training" });
    const meanwhile = await call(evaluator, "POST", `${base}/assessments`, {
      method: "observation",
      heldOn: "2026-03-20",
    });
    expect(meanwhile.body.error.code).toBe("ASSESSMENT_NOT_OPEN");
    await ok(evaluator, "POST", `${base}/transitions`, { event: "start_reassessment" });

    const beyondGaps = await call(evaluator, "POST", `${base}/assessments`, {
      method: "observation",
      heldOn: "2026-04-10",
      capacityCodes: ["C1", "C3"],
    });
    expect(beyondGaps.status).toBe(400);
    expect(beyondGaps.body.error.fields).toMatchObject({
      capacityCodes: { code: "CAPACITIES_REFUSED", params: { notGap: ["C1"] } },
    });
    const second = await ok(evaluator, "POST", `${base}/assessments`, {
      method: "observation",
      heldOn: "2026-04-10",
    });
    expect(second).toMatchObject({ sitting: 2, capacityCodes: ["C3", "C4"] });
    await ok(evaluator, "PUT", `/api/assessments/${second.id}/scores`, {
      revision: 0,
      scores: criteria(["C3/C3.1", "acquired"], ["C3/C3.2", "acquired"], ["C4/C4.1", "acquired"]),
    });
    await ok(evaluator, "POST", `/api/assessments/${second.id}/close`);

    // À niveau, with bloc B1, acquired at the positioning, kept (and dated from then).
    const final = await ok(officer, "GET", `${base}/gap-analysis`);
    expect(final).toMatchObject({ isAtLevel: true, gaps: [] });
    const heldOn = Object.fromEntries(
      final.criteria.map((c: { key: string; heldOn: string }) => [c.key, c.heldOn]),
    );
    expect(heldOn).toEqual({
      "C1/C1.1": "2026-03-04",
      "C1/C1.2": "2026-03-04",
      "C2/C2.1": "2026-03-03",
      "C2/C2.2": "2026-03-03",
      "C3/C3.1": "2026-04-10",
      "C3/C3.2": "2026-04-10",
      "C4/C4.1": "2026-04-10",
    });
    const submitted = await ok(evaluator, "POST", `${base}/transitions`, { event: "submit_to_jury" });
    expect(submitted.status).toBe("ready_for_jury");
    expect(submitted.timeline.map((s: { event: string; toStatus: string }) => [s.event, s.toStatus])).toEqual(
      [
        ["register", "registered"],
        ["start_positioning", "positioning"],
        ["complete_positioning", "positioned"],
        ["start_training", "in_training"],
        ["start_reassessment", "reassessment"],
        ["submit_to_jury", "ready_for_jury"],
      ],
    );

    // The candidate sees every assessment of their pathway, all closed, and every write was audited.
    const { items } = await ok(candidate, "GET", `${base}/assessments`);
    expect(
      items.map((a: { method: string; sitting: number; status: string }) => [a.method, a.sitting, a.status]),
    ).toEqual([
      ["booklet", 1, "closed"],
      ["questioning", 1, "closed"],
      ["observation", 1, "closed"],
      ["interview", 1, "closed"],
      ["observation", 2, "closed"],
    ]);
    expect(items[0].entries).toHaveLength(2);
    expect(items[0].evidence).toEqual([
      expect.objectContaining({ capacityCode: "C1", sizeBytes: pdf.length }),
    ]);
    const audited = await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "like", "assessment.%")
      .execute();
    const counts: Record<string, number> = {};
    for (const { action } of audited) counts[action] = (counts[action] ?? 0) + 1;
    expect(counts).toEqual({
      "assessment.create": 5,
      "assessment.save_entries": 3,
      "assessment.submit": 1,
      "assessment.save_judgements": 1,
      "assessment.add_evidence": 1,
      "assessment.save_scores": 5,
      "assessment.close": 5,
    });
  });
});
