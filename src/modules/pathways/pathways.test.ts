import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildCandidate,
  buildCompany,
  buildPublishedVersion,
  buildUser,
  logInAs,
  signedIn,
} from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { createAssessment } from "../assessments/create-assessment.ts";
import { recordAdoption } from "../referentials/record-adoption.ts";

let t: TestApp;
let officer: Awaited<ReturnType<typeof signedIn>>;
let branchCode: string;
let qualificationCode: string;
let companyId: number;

beforeEach(async () => {
  t = await createTestApp();
  branchCode = (await buildBranch(t.ctx)).code;
  qualificationCode = (await buildPublishedVersion(t.ctx)).qualificationCode;
  await recordAdoption(t.ctx, {
    caller: platform,
    branchCode,
    code: qualificationCode,
    input: { version: 1, decisionDate: "2020-01-01", agreementReference: "CPNE 2020-1", modules: [] },
  });
  companyId = (await buildCompany(t.ctx, { branchCode })).id;
  officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
});
afterEach(() => t.close());

async function register(headers = officer.headers, candidateId?: number) {
  const id = candidateId ?? (await buildCandidate(t.ctx, { companyId })).id;
  return t.app.inject({
    method: "POST",
    url: "/api/pathways",
    headers,
    payload: { candidateId: id, qualificationCode, branchCode, route: "mixed" },
  });
}

async function accredit(evaluatorUserId: number, validFrom = "2026-01-01", validUntil = "2027-01-01") {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/accreditations",
    headers: officer.headers,
    payload: { evaluatorUserId, qualificationCode, branchCode, validFrom, validUntil },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const assign = (id: number, evaluatorUserId: number) =>
  t.app.inject({
    method: "PUT",
    url: `/api/pathways/${id}/evaluator`,
    headers: officer.headers,
    payload: { evaluatorUserId },
  });
const move = (id: number, event: string, headers = officer.headers) =>
  t.app.inject({ method: "POST", url: `/api/pathways/${id}/transitions`, headers, payload: { event } });

describe("registering a pathway", () => {
  it("follows the version the branch adopted, starts registered, and records the first timeline step", async () => {
    const response = await register();
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: "registered",
      route: "mixed",
      branchCode,
      qualificationCode,
      version: 1,
      isAtLevel: false,
    });
    expect(response.json().timeline).toEqual([
      expect.objectContaining({ event: "register", toStatus: "registered" }),
    ]);
    expect(response.json().gaps).toHaveLength(3);
  });

  it("lets a branch officer register a job seeker and then their pathway", async () => {
    const payload = {
      birthName: "Durand",
      firstNames: ["Léa"],
      birthDate: "1990-03-04",
      sex: "F",
      birthInseeCode: "35238",
      employmentStatus: "job_seeker",
      hasPriorCertification: false,
    };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/candidates",
      headers: officer.headers,
      payload,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(
      (await t.app.inject({ url: `/api/candidates/${created.json().id}`, headers: officer.headers }))
        .statusCode,
    ).toBe(200);
    const other = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    expect(
      (await t.app.inject({ url: `/api/candidates/${created.json().id}`, headers: other.headers }))
        .statusCode,
    ).toBe(404);
    expect((await register(officer.headers, created.json().id)).statusCode).toBe(201);
  });

  it("is refused for another branch, an unadopted CQPI and a candidate out of the officer's scope", async () => {
    const other = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    expect((await register(other.headers)).json().error.code).toBe("NOT_YOUR_BRANCH");

    const unadopted = (await buildPublishedVersion(t.ctx)).qualificationCode;
    const candidateId = (await buildCandidate(t.ctx, { companyId })).id;
    const response = await t.app.inject({
      method: "POST",
      url: "/api/pathways",
      headers: officer.headers,
      payload: { candidateId, qualificationCode: unadopted, branchCode, route: "training" },
    });
    expect(response.json().error.code).toBe("REFERENTIAL_NOT_ADOPTED");

    const elsewhere = (
      await buildCandidate(t.ctx, {
        companyId: (await buildCompany(t.ctx, { branchCode: (await buildBranch(t.ctx)).code })).id,
      })
    ).id;
    expect((await register(officer.headers, elsewhere)).json().error.code).toBe("CANDIDATE_NOT_FOUND");
    expect(await t.ctx.db.selectFrom("pathways").select("id").execute()).toHaveLength(0);
  });
});

describe("the referential a pathway follows", () => {
  it("cannot lose a capacity: the version is published, so deleting a capacity from it is refused", async () => {
    const pathway = (await register()).json();
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const version = (
      await t.app.inject({ url: `/api/qualifications/${qualificationCode}/versions/1` })
    ).json();
    version.blocks[0].capacities.shift();
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/qualifications/${qualificationCode}/versions/1`,
      headers: admin.headers,
      payload: {
        revision: version.revision,
        passRule: version.passRule,
        validity: version.validity,
        blocks: version.blocks,
      },
    });
    expect(response.json().error.code).toBe("VERSION_NOT_EDITABLE");
    expect(
      (await t.app.inject({ url: `/api/pathways/${pathway.id}`, headers: officer.headers })).json()
        .referential.blocks[0].capacities,
    ).toHaveLength(2);
  });
});

describe("assigning an evaluator", () => {
  it("requires an accreditation valid today for this CQPI in this branch, and says why not", async () => {
    const pathway = (await register()).json();
    const evaluator = await buildUser(t.ctx, { role: "evaluator" });
    const none = await assign(pathway.id, evaluator.id);
    expect(none.json().error).toMatchObject({
      code: "EVALUATOR_NOT_ACCREDITED",
      params: { reason: "none" },
      fields: { evaluatorUserId: { code: "ACCREDITATION_MISSING" } },
      message: expect.stringContaining("no accreditation"),
    });

    await accredit(evaluator.id, "2020-01-01", "2025-12-31");
    const expired = { reason: "expired", until: "2025-12-31" };
    expect((await assign(pathway.id, evaluator.id)).json().error).toMatchObject({
      params: expired,
      fields: { evaluatorUserId: { code: "ACCREDITATION_EXPIRED", params: { until: "2025-12-31" } } },
    });

    const current = await accredit(evaluator.id);
    await t.app.inject({
      method: "DELETE",
      url: `/api/accreditations/${current.id}`,
      headers: officer.headers,
    });
    expect((await assign(pathway.id, evaluator.id)).json().error.params).toEqual(expired);

    await accredit(evaluator.id);
    const assigned = await assign(pathway.id, evaluator.id);
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().evaluator).toEqual({ id: evaluator.id, displayName: "Test evaluator" });
  });

  it("refuses to revoke an accreditation twice, and records one revocation", async () => {
    const evaluator = await buildUser(t.ctx, { role: "evaluator" });
    const current = await accredit(evaluator.id);
    const revoke = () =>
      t.app.inject({ method: "DELETE", url: `/api/accreditations/${current.id}`, headers: officer.headers });
    const [first, second] = await Promise.all([revoke(), revoke()]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([204, 409]);
    const again = await revoke();
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("ACCREDITATION_ALREADY_REVOKED");
    const events = await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "=", "accreditation.revoke")
      .execute();
    expect(events).toHaveLength(1);
  });

  it("refuses an evaluator who trained the candidate (independence rule)", async () => {
    const candidateId = (await buildCandidate(t.ctx, { companyId })).id;
    const first = (await register(officer.headers, candidateId)).json();
    const trainer = await buildUser(t.ctx, { role: "evaluator" });
    await t.ctx.db
      .insertInto("training_plans")
      .values({
        pathway_id: first.id,
        capacity_codes_json: '["C1"]',
        organisation: "Tutorat",
        planned_hours: 35,
        start_date: "2026-02-01",
        end_date: "2026-02-28",
        trainer_user_id: trainer.id,
        trainer_name: "Tuteur",
        created_at: "2026-02-01T00:00:00.000Z",
      })
      .execute();
    await accredit(trainer.id);
    const second = (await register(officer.headers, candidateId)).json();
    const response = await assign(second.id, trainer.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("EVALUATOR_TRAINED_CANDIDATE");
  });
});

describe("moving a pathway", () => {
  it("refuses moves whose guard fails, with a code saying why, and records allowed ones in the timeline", async () => {
    const pathway = (await register()).json();
    expect((await move(pathway.id, "start_positioning")).json().error.code).toBe("EVALUATOR_NOT_ASSIGNED");
    expect((await move(pathway.id, "submit_to_jury")).json().error.code).toBe("TRANSITION_NOT_ALLOWED");

    const evaluator = await buildUser(t.ctx, { role: "evaluator" });
    await accredit(evaluator.id);
    await assign(pathway.id, evaluator.id);
    const evaluatorSession = await logInAs(t.app, evaluator.email);
    expect((await move(pathway.id, "start_positioning", evaluatorSession)).json().status).toBe("positioning");
    expect((await move(pathway.id, "complete_positioning", evaluatorSession)).json().error.code).toBe(
      "NO_CLOSED_ASSESSMENT",
    );

    const withdrawn = await move(pathway.id, "withdraw");
    expect(withdrawn.json().timeline.map((s: { toStatus: string }) => s.toStatus)).toEqual([
      "registered",
      "positioning",
      "withdrawn",
    ]);
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_type", "=", "pathway")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "pathway.register",
      "pathway.assign_evaluator",
      "pathway.start_positioning",
      "pathway.withdraw",
    ]);
  });

  it("tells the pathway's page each move's refusal now, as the move itself would be refused", async () => {
    const pathway = (await register()).json();
    const movesOf = async (id: number) =>
      (await t.app.inject({ method: "GET", url: `/api/pathways/${id}`, headers: officer.headers })).json()
        .moves;
    expect(await movesOf(pathway.id)).toEqual([
      { event: "start_positioning", refusal: "EVALUATOR_NOT_ASSIGNED" },
      { event: "withdraw", refusal: null },
    ]);

    const evaluator = await buildUser(t.ctx, { role: "evaluator" });
    await accredit(evaluator.id);
    await assign(pathway.id, evaluator.id);
    expect(await movesOf(pathway.id)).toContainEqual({ event: "start_positioning", refusal: null });
    await move(pathway.id, "start_positioning");
    await createAssessment(t.ctx, {
      caller: platform,
      pathwayId: pathway.id,
      input: { method: "observation", heldOn: "2026-03-02" },
    });
    expect(await movesOf(pathway.id)).toContainEqual({
      event: "complete_positioning",
      refusal: "ASSESSMENT_STILL_OPEN",
    });
    expect((await move(pathway.id, "complete_positioning")).json().error.code).toBe("ASSESSMENT_STILL_OPEN");
  });

  it("refuses the candidate any move of their own pathway, withdrawal included (the secretariat records it)", async () => {
    const account = await buildUser(t.ctx, { role: "candidate" });
    const candidateId = (await buildCandidate(t.ctx, { companyId, userId: account.id })).id;
    const pathway = (await register(officer.headers, candidateId)).json();
    const session = await logInAs(t.app, account.email);
    expect((await move(pathway.id, "archive", session)).statusCode).toBe(403);
    expect((await move(pathway.id, "withdraw", session)).statusCode).toBe(403);
    expect((await move(pathway.id, "withdraw")).json().status).toBe("withdrawn");
  });
});

describe("who sees which pathway", () => {
  it("shows each role only its own, with counts per status", async () => {
    const account = await buildUser(t.ctx, { role: "candidate" });
    const own = (
      await register(officer.headers, (await buildCandidate(t.ctx, { companyId, userId: account.id })).id)
    ).json();
    const otherCompany = (await buildCompany(t.ctx, { branchCode })).id;
    const other = (
      await register(officer.headers, (await buildCandidate(t.ctx, { companyId: otherCompany })).id)
    ).json();
    await move(other.id, "withdraw");

    const list = (await t.app.inject({ url: "/api/pathways", headers: officer.headers })).json();
    expect(list.total).toBe(2);
    expect(list.countsByStatus).toEqual({ registered: 1, withdrawn: 1 });
    const filtered = (
      await t.app.inject({ url: "/api/pathways?status=withdrawn", headers: officer.headers })
    ).json();
    expect(filtered.items.map((p: { id: number }) => p.id)).toEqual([other.id]);
    expect(filtered.total).toBe(1);
    // The tabs keep every status's count while one is selected.
    expect(filtered.countsByStatus).toEqual({ registered: 1, withdrawn: 1 });
    const page = (await t.app.inject({ url: "/api/pathways?limit=1", headers: officer.headers })).json();
    expect({ items: page.items.length, total: page.total }).toEqual({ items: 1, total: 2 });

    const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId });
    expect(
      (await t.app.inject({ url: "/api/pathways", headers: employer.headers }))
        .json()
        .items.map((p: { id: number }) => p.id),
    ).toEqual([own.id]);
    expect(
      (await t.app.inject({ url: `/api/pathways/${other.id}`, headers: employer.headers })).json().error.code,
    ).toBe("PATHWAY_NOT_FOUND");

    const candidate = await logInAs(t.app, account.email);
    expect((await t.app.inject({ url: "/api/pathways", headers: candidate })).json().total).toBe(1);
    expect(
      (await t.app.inject({ url: `/api/pathways/${other.id}/gap-analysis`, headers: candidate })).statusCode,
    ).toBe(404);

    const stranger = await signedIn(t.app, t.ctx, { role: "evaluator" });
    expect((await t.app.inject({ url: "/api/pathways", headers: stranger.headers })).json().total).toBe(0);
    const foreignOfficer = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    expect(
      (await t.app.inject({ url: `/api/pathways/${own.id}`, headers: foreignOfficer.headers })).statusCode,
    ).toBe(404);
  });
});
