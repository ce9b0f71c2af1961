import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, buildPathway, signedIn } from "../../test/factories.ts";
import { fieldCodes } from "../../test/field-codes.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { transitionPathway } from "../pathways/transition-pathway.ts";
import { createAssessment } from "./create-assessment.ts";

/** Refusals of the assessment routes; the referential is buildFourMethodsContent (see factories.ts). */

let t: TestApp;
beforeAll(async () => {
  // Many people log in from the one test address: lift the per-address login limit.
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterAll(() => t.close());

type Headers = { cookie: string };
const heldOn = "2026-03-02";

/** A pathway in positioning of a new branch, whose candidate (with an account) works for a new company. */
async function setting(options: Parameters<typeof buildPathway>[1] = {}) {
  const branchCode = (await buildBranch(t.ctx)).code;
  const companyId = (await buildCompany(t.ctx, { branchCode })).id;
  const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
  const evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
  const pathway = await buildPathway(t.ctx, {
    branchCode,
    candidate: { companyId, userId: candidate.user.id },
    evaluatorUserId: evaluator.user.id,
    ...options,
  });
  const open = (method: "booklet" | "questioning" | "observation" | "interview") =>
    createAssessment(t.ctx, { caller: platform, pathwayId: pathway.id, input: { method, heldOn } });
  return { branchCode, companyId, candidate, evaluator, pathway, open };
}

const inject = (headers: Headers, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload && { payload }) });
type Score = "acquired" | "partially" | "not_acquired";
const score = (capacityCode: string, criterionCode: string, value: Score = "acquired", comment = "") => ({
  capacityCode,
  criterionCode,
  score: value,
  comment,
});

describe("opening an assessment", () => {
  it("is refused outside positioning and reassessment", async () => {
    const { evaluator, pathway } = await setting({ status: "registered" });
    const response = await inject(evaluator.headers, "POST", `/api/pathways/${pathway.id}/assessments`, {
      method: "observation",
      heldOn,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("ASSESSMENT_NOT_OPEN");
  });

  it("refuses a day before the registration, naming heldOn, and writes nothing", async () => {
    const { evaluator, pathway } = await setting();
    const url = `/api/pathways/${pathway.id}/assessments`;
    const response = await inject(evaluator.headers, "POST", url, {
      method: "observation",
      heldOn: "2025-12-31",
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual(["heldOn"]);
    expect((await inject(evaluator.headers, "GET", url)).json().items).toEqual([]);
  });

  it("lets the candidate open a booklet but no other method, and names each capacity refused", async () => {
    const { candidate, evaluator, pathway } = await setting();
    const url = `/api/pathways/${pathway.id}/assessments`;
    expect((await inject(candidate.headers, "POST", url, { method: "booklet", heldOn })).statusCode).toBe(
      201,
    );
    const questioning = await inject(candidate.headers, "POST", url, { method: "questioning", heldOn });
    expect(questioning.statusCode).toBe(403);
    const refused = await inject(evaluator.headers, "POST", url, {
      method: "observation",
      heldOn,
      capacityCodes: ["C2", "C9", "C3"],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      capacityCodes: {
        code: "CAPACITIES_REFUSED",
        params: { method: "observation", notAssessedByMethod: ["C2"], unknown: ["C9"] },
        message: "not assessed by observation: C2; unknown capacity: C9",
      },
    });
  });

  it("refuses a second evaluation by a method that assesses none of the gaps", async () => {
    // The gap is C1, assessed by booklet and observation only.
    const { evaluator, pathway } = await setting({ status: "reassessment", outcome: "gaps" });
    const url = `/api/pathways/${pathway.id}/assessments`;
    const response = await inject(evaluator.headers, "POST", url, { method: "questioning", heldOn });
    expect(fieldCodes(response.json().error)).toEqual({ capacityCodes: "NO_CAPACITY_TO_ASSESS" });
    const observation = await inject(evaluator.headers, "POST", url, { method: "observation", heldOn });
    expect(observation.json()).toMatchObject({ sitting: 2, capacityCodes: ["C1"] });
  });
});

describe("scoring", () => {
  it("refuses criteria outside the referential or the assessment's capacities, and writes nothing", async () => {
    const { evaluator, open } = await setting();
    const observation = await open("observation");
    const response = await inject(evaluator.headers, "PUT", `/api/assessments/${observation.id}/scores`, {
      revision: 0,
      scores: [score("C1", "C1.1"), score("C9", "C9.1"), score("C1", "C1.9"), score("C2", "C2.1")],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toMatchObject({
      "scores.1.criterionCode": { code: "UNKNOWN_CRITERION", params: { criterion: "C9/C9.1" } },
      "scores.2.criterionCode": { code: "UNKNOWN_CRITERION", params: { criterion: "C1/C1.9" } },
      "scores.3.criterionCode": { code: "CAPACITY_NOT_COVERED", params: { capacity: "C2" } },
    });
    expect(Object.keys(response.json().error.fields)).toHaveLength(3);
    const stored = (await inject(evaluator.headers, "GET", `/api/assessments/${observation.id}`)).json();
    expect(stored).toMatchObject({ revision: 0, scores: [] });
  });

  it("is the assigned evaluator's: another evaluator does not see it, the branch officer is refused", async () => {
    const { branchCode, open } = await setting();
    const observation = await open("observation");
    const url = `/api/assessments/${observation.id}/scores`;
    const payload = { revision: 0, scores: [score("C1", "C1.1")] };
    const stranger = await signedIn(t.app, t.ctx, { role: "evaluator" });
    const notAssigned = await inject(stranger.headers, "PUT", url, payload);
    expect(notAssigned.statusCode).toBe(404);
    expect(notAssigned.json().error.code).toBe("ASSESSMENT_NOT_FOUND");
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
    const byOfficer = await inject(officer.headers, "PUT", url, payload);
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe("NOT_ASSIGNED_EVALUATOR");
    expect(
      (await inject(officer.headers, "POST", `/api/assessments/${observation.id}/close`)).statusCode,
    ).toBe(403);
  });

  it("does not score a booklet", async () => {
    const { evaluator, open } = await setting();
    const booklet = await open("booklet");
    const response = await inject(evaluator.headers, "PUT", `/api/assessments/${booklet.id}/scores`, {
      revision: 0,
      scores: [score("C1", "C1.1")],
    });
    expect(response.json().error.fields).toMatchObject({
      scores: { code: "NOT_FOR_METHOD", params: { method: "booklet" } },
    });
  });

  it("keeps concurrent saves of one grid apart: one wins, the other changes nothing", async () => {
    const { evaluator, open } = await setting();
    const observation = await open("observation");
    const url = `/api/assessments/${observation.id}/scores`;
    const first = [score("C1", "C1.1", "acquired", "first"), score("C1", "C1.2", "acquired", "first")];
    const second = [
      score("C1", "C1.1", "not_acquired", "second"),
      score("C3", "C3.1", "partially", "second"),
    ];
    const responses = await Promise.all(
      [first, second].map((scores) => inject(evaluator.headers, "PUT", url, { revision: 0, scores })),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = responses.find((r) => r.statusCode === 409)!;
    expect(loser.json().error).toMatchObject({
      code: "REVISION_CONFLICT",
      fields: { revision: { code: "REVISION_STALE", params: { current: 1 } } },
    });
    const winner = responses[0]!.statusCode === 200 ? first : second;
    const stored = (await inject(evaluator.headers, "GET", `/api/assessments/${observation.id}`)).json();
    expect(stored.revision).toBe(1);
    expect(stored.scores).toEqual(expect.arrayContaining(winner));
    expect(stored.scores).toHaveLength(2);
  });

  it("refuses a stale revision, and any change once the assessment is closed", async () => {
    const { evaluator, open } = await setting();
    const questioning = await open("questioning");
    const url = `/api/assessments/${questioning.id}`;
    const all = [score("C2", "C2.1"), score("C2", "C2.2"), score("C4", "C4.1", "not_acquired")];
    expect(
      (await inject(evaluator.headers, "PUT", `${url}/scores`, { revision: 0, scores: all })).statusCode,
    ).toBe(200);
    const stale = await inject(evaluator.headers, "PUT", `${url}/scores`, { revision: 0, scores: all });
    expect(stale.json().error).toMatchObject({
      code: "REVISION_CONFLICT",
      fields: { revision: { code: "REVISION_STALE", params: { current: 1 } } },
    });
    expect((await inject(evaluator.headers, "POST", `${url}/close`)).json().status).toBe("closed");
    const afterClose = await inject(evaluator.headers, "PUT", `${url}/scores`, { revision: 2, scores: all });
    expect(afterClose.statusCode).toBe(409);
    expect(afterClose.json().error.code).toBe("ASSESSMENT_CLOSED");
    expect((await inject(evaluator.headers, "POST", `${url}/close`)).json().error.code).toBe(
      "ASSESSMENT_CLOSED",
    );
  });

  it("names every unscored criterion when closing too early", async () => {
    const { evaluator, open } = await setting();
    const observation = await open("observation");
    const url = `/api/assessments/${observation.id}`;
    await inject(evaluator.headers, "PUT", `${url}/scores`, { revision: 0, scores: [score("C1", "C1.1")] });
    const response = await inject(evaluator.headers, "POST", `${url}/close`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: "ASSESSMENT_INCOMPLETE",
      fields: {
        "C1/C1.2": { code: "NOT_SCORED" },
        "C3/C3.1": { code: "NOT_SCORED" },
        "C3/C3.2": { code: "NOT_SCORED" },
        "C4/C4.1": { code: "NOT_SCORED" },
      },
    });
  });

  it("stops writes on an assessment left open once the pathway has left its sitting", async () => {
    const { evaluator, pathway, open } = await setting();
    const left = await open("observation");
    await transitionPathway(t.ctx, { caller: platform, pathwayId: pathway.id, event: "withdraw" });
    const response = await inject(evaluator.headers, "PUT", `/api/assessments/${left.id}/scores`, {
      revision: 0,
      scores: [score("C1", "C1.1")],
    });
    expect(response.json().error.code).toBe("ASSESSMENT_NOT_OPEN");
  });
});

describe("entries", () => {
  it("are the evaluator's for questioning, absent from an observation, and only for covered capacities", async () => {
    const { candidate, evaluator, open } = await setting();
    const [questioning, observation, booklet] = [
      await open("questioning"),
      await open("observation"),
      await open("booklet"),
    ];
    const entry = (capacityCode: string) => ({ revision: 0, entries: [{ capacityCode, text: "Réponse" }] });
    const byCandidate = await inject(
      candidate.headers,
      "PUT",
      `/api/assessments/${questioning.id}/entries`,
      entry("C2"),
    );
    expect(byCandidate.statusCode).toBe(403);
    const onObservation = await inject(
      evaluator.headers,
      "PUT",
      `/api/assessments/${observation.id}/entries`,
      entry("C1"),
    );
    expect(fieldCodes(onObservation.json().error)).toEqual({ entries: "NOT_FOR_METHOD" });
    const uncovered = await inject(
      candidate.headers,
      "PUT",
      `/api/assessments/${booklet.id}/entries`,
      entry("C3"),
    );
    expect(uncovered.json().error.fields).toMatchObject({
      "entries.0.capacityCode": { code: "CAPACITY_NOT_COVERED", params: { capacity: "C3" } },
    });
  });
});

describe("scope", () => {
  it("hides an assessment from another candidate and from the employer of another company", async () => {
    const mine = await setting();
    const theirs = await setting();
    const booklet = await mine.open("booklet");
    const url = `/api/assessments/${booklet.id}`;
    const otherEmployer = await signedIn(t.app, t.ctx, { role: "employer", companyId: theirs.companyId });
    const ownEmployer = await signedIn(t.app, t.ctx, { role: "employer", companyId: mine.companyId });
    for (const headers of [theirs.candidate.headers, otherEmployer.headers]) {
      const response = await inject(headers, "GET", url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("ASSESSMENT_NOT_FOUND");
      const list = await inject(headers, "GET", `/api/pathways/${mine.pathway.id}/assessments`);
      expect(list.statusCode).toBe(404);
      const write = await inject(headers, "PUT", `${url}/entries`, {
        revision: 0,
        entries: [{ capacityCode: "C1", text: "Intrusion" }],
      });
      expect(write.statusCode).toBe(404);
    }
    expect((await inject(mine.candidate.headers, "GET", url)).statusCode).toBe(200);
    expect((await inject(ownEmployer.headers, "GET", url)).statusCode).toBe(200);
  });
});
