import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, buildPathway, closeBooklet, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { createAssessment } from "./create-assessment.ts";

/**
 * The livret d'activité: the candidate side writes and submits, the evaluator reads and judges each
 * capacity, and neither writes the other's part. Referential: buildFourMethodsContent (booklet on C1, C2).
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterAll(() => t.close());

const heldOn = "2026-03-02";
type Headers = { cookie: string };

async function bookletSetting() {
  const branchCode = (await buildBranch(t.ctx)).code;
  const companyId = (await buildCompany(t.ctx, { branchCode })).id;
  const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
  const evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
  const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId });
  const pathway = await buildPathway(t.ctx, {
    branchCode,
    candidate: { companyId, userId: candidate.user.id, employmentStatus: "employee" },
    evaluatorUserId: evaluator.user.id,
  });
  const booklet = await createAssessment(t.ctx, {
    caller: platform,
    pathwayId: pathway.id,
    input: { method: "booklet", heldOn },
  });
  return { candidate, evaluator, employer, pathway, url: `/api/assessments/${booklet.id}`, id: booklet.id };
}

const call = (headers: Headers, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload && { payload }) });
const describe2 = (revision: number) => ({
  revision,
  entries: [
    { capacityCode: "C1", text: "Je règle la presse." },
    { capacityCode: "C2", text: "Je contrôle les pièces." },
  ],
});
const judgeBoth = (revision: number) => ({
  revision,
  judgements: [
    { capacityCode: "C1", judgement: "acquired", comment: "Clair et précis." },
    { capacityCode: "C2", judgement: "not_acquired", comment: "À observer." },
  ],
});

describe("the booklet", () => {
  it("refuses the evaluator's writing of the candidate's descriptions, and changes nothing", async () => {
    const { candidate, evaluator, url } = await bookletSetting();
    await call(candidate.headers, "PUT", `${url}/entries`, describe2(0));
    const response = await call(evaluator.headers, "PUT", `${url}/entries`, {
      revision: 1,
      entries: [{ capacityCode: "C1", text: "Réécrit par l'évaluateur." }],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("BOOKLET_WRITTEN_BY_CANDIDATE");
    const after = (await call(candidate.headers, "GET", url)).json();
    expect(after.revision).toBe(1);
    expect(after.entries).toContainEqual({ capacityCode: "C1", text: "Je règle la presse." });
  });

  it("refuses the candidate's and the employer's judgements, and the branch officer's", async () => {
    const { candidate, employer, url, pathway } = await bookletSetting();
    await call(candidate.headers, "PUT", `${url}/entries`, describe2(0));
    await call(candidate.headers, "POST", `${url}/submit`, { revision: 1 });
    for (const headers of [candidate.headers, employer.headers]) {
      const response = await call(headers, "PUT", `${url}/judgements`, judgeBoth(2));
      expect(response.statusCode).toBe(403);
    }
    const officer = await signedIn(t.app, t.ctx, {
      role: "branch_officer",
      branchCodes: [pathway.branchCode],
    });
    const byOfficer = await call(officer.headers, "PUT", `${url}/judgements`, judgeBoth(2));
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe("BOOKLET_JUDGED_BY_EVALUATOR");
    const after = (await call(candidate.headers, "GET", url)).json();
    expect(after).toMatchObject({ revision: 2, judgements: [] });
  });

  it("is judged once submitted, and then no longer written", async () => {
    const { candidate, evaluator, url } = await bookletSetting();
    await call(candidate.headers, "PUT", `${url}/entries`, describe2(0));
    const early = await call(evaluator.headers, "PUT", `${url}/judgements`, judgeBoth(1));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("BOOKLET_NOT_SUBMITTED");
    const submitted = await call(candidate.headers, "POST", `${url}/submit`, { revision: 1 });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().submittedAt).toEqual(expect.any(String));
    const late = await call(candidate.headers, "PUT", `${url}/entries`, describe2(2));
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: "BOOKLET_SUBMITTED" });
    const twice = await call(candidate.headers, "POST", `${url}/submit`, { revision: 2 });
    expect(twice.json().error.code).toBe("BOOKLET_SUBMITTED");
    const judged = await call(evaluator.headers, "PUT", `${url}/judgements`, judgeBoth(2));
    expect(judged.statusCode).toBe(200);
    expect(judged.json().judgements).toEqual(judgeBoth(2).judgements);
  });

  it("counts the evaluator's judgement of each capacity in the bilan once closed", async () => {
    const { candidate, evaluator, url, pathway } = await bookletSetting();
    await call(candidate.headers, "PUT", `${url}/entries`, describe2(0));
    await call(candidate.headers, "POST", `${url}/submit`, { revision: 1 });
    await call(evaluator.headers, "PUT", `${url}/judgements`, judgeBoth(2));
    const bilan = async () =>
      (await call(candidate.headers, "GET", `/api/pathways/${pathway.id}/gap-analysis`)).json();
    expect((await bilan()).criteria.every((c: { score: unknown }) => c.score === null)).toBe(true);
    expect((await call(evaluator.headers, "POST", `${url}/close`)).json().status).toBe("closed");
    const scores = Object.fromEntries(
      (await bilan()).criteria.map((c: { key: string; score: string | null }) => [c.key, c.score]),
    );
    expect(scores).toMatchObject({
      "C1/C1.1": "acquired",
      "C1/C1.2": "acquired",
      "C2/C2.1": "not_acquired",
      "C2/C2.2": "not_acquired",
      "C3/C3.1": null,
    });
  });
});

describe("one open assessment per method and sitting", () => {
  it("refuses a second open booklet with its code, and opens another after the first is closed", async () => {
    const { candidate, pathway, id } = await bookletSetting();
    const url = `/api/pathways/${pathway.id}/assessments`;
    const second = await call(candidate.headers, "POST", url, { method: "booklet", heldOn });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: "ASSESSMENT_ALREADY_OPEN",
      params: { method: "booklet", assessmentId: id },
    });
    const evaluator = (await call(candidate.headers, "GET", url)).json().items;
    expect(evaluator).toHaveLength(1);
    await closeBooklet(t.ctx, id);
    expect((await call(candidate.headers, "POST", url, { method: "booklet", heldOn })).statusCode).toBe(201);
  });

  it("lets only one of several concurrent openings of the same method through", async () => {
    const { evaluator, pathway } = await bookletSetting();
    const url = `/api/pathways/${pathway.id}/assessments`;
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(evaluator.headers, "POST", url, { method: "observation", heldOn }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409))
      expect(refused.json().error.code).toBe("ASSESSMENT_ALREADY_OPEN");
    const open = await t.ctx.db
      .selectFrom("assessments")
      .select("id")
      .where("pathway_id", "=", pathway.id)
      .where("method", "=", "observation")
      .execute();
    expect(open).toHaveLength(1);
    const audited = await t.ctx.db
      .selectFrom("audit_events")
      .select("seq")
      .where("action", "=", "assessment.create")
      .where("entity_id", "=", String(open[0]!.id))
      .execute();
    expect(audited).toHaveLength(1);
  });
});
