import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildPathway, logInAs, signedIn } from "../../test/factories.ts";
import { buildJuryDecision, buildJuryPanel } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("appeals", () => {
  it("the candidate appeals a refusal once; upheld, a new decision refers to it and awards", async () => {
    const branchCode = (await buildBranch(t.ctx)).code;
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const panel = await buildJuryPanel(t.app, t.ctx, { employers: 1, employees: 1 });
    const pathwayId = (
      await buildPathway(t.ctx, {
        branchCode,
        status: "ready_for_jury",
        candidate: { userId: candidate.user.id },
      })
    ).id;
    const send = async (method: "POST" | "PUT", url: string, headers: object, payload?: object) =>
      t.app.inject({ method, url, headers: headers as Record<string, string>, ...(payload && { payload }) });
    const sessionId = (
      await send("POST", "/api/jury-sessions", officer.headers, {
        branchCode,
        sittingOn: "2026-03-02",
        place: "Paris",
      })
    ).json().id;
    await send("PUT", `/api/jury-sessions/${sessionId}/members`, officer.headers, {
      members: panel.map((p) => p.member),
    });
    await send("POST", `/api/jury-sessions/${sessionId}/agenda`, officer.headers, {
      pathwayIds: [pathwayId],
    });
    await send("PUT", `/api/jury-sessions/${sessionId}/attendance`, officer.headers, {
      attendance: panel.map((p) => ({ userId: p.user.id, presence: "present" })),
    });
    for (const p of panel) {
      await send("POST", `/api/jury-sessions/${sessionId}/deliberations/${pathwayId}/votes`, p.headers, {
        decision: "refusal",
        motivation: "Non démontré",
      });
    }
    await send("POST", `/api/jury-sessions/${sessionId}/deliberations/${pathwayId}/close`, officer.headers);
    await send("POST", `/api/jury-sessions/${sessionId}/close`, officer.headers);

    const lodged = await send("POST", `/api/pathways/${pathwayId}/appeals`, candidate.headers, {
      grounds: "Mon observation n'a pas été prise en compte",
    });
    expect(lodged.statusCode, lodged.body).toBe(201);
    expect(lodged.json()).toMatchObject({ status: "lodged", pathwayId });
    const twice = await send("POST", `/api/pathways/${pathwayId}/appeals`, candidate.headers, {
      grounds: "Encore",
    });
    expect(twice.json().error.code).toBe("APPEAL_ALREADY_LODGED");
    const other = await signedIn(t.app, t.ctx, { role: "candidate" });
    const stranger = await send("POST", `/api/pathways/${pathwayId}/appeals`, other.headers, {
      grounds: "X",
    });
    expect(stranger.statusCode).toBe(404);

    const upheldWithout = await send("POST", `/api/appeals/${lodged.json().id}/answer`, officer.headers, {
      outcome: "upheld",
      answer: "Recevable",
    });
    expect(upheldWithout.json().error.fields.decision).toMatchObject({ code: "DECISION_REQUIRED" });
    const upheld = await send("POST", `/api/appeals/${lodged.json().id}/answer`, officer.headers, {
      outcome: "upheld",
      answer: "Le jury d'appel retient l'observation",
      decision: { decision: "award" },
    });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ status: "upheld", newDecisionId: expect.any(Number) });
    const again = await send("POST", `/api/appeals/${lodged.json().id}/answer`, officer.headers, {
      outcome: "dismissed",
      answer: "Non",
    });
    expect(again.json().error.code).toBe("APPEAL_ALREADY_ANSWERED");

    const page = (
      await t.app.inject({ url: `/api/pathways/${pathwayId}`, headers: candidate.headers })
    ).json();
    expect(page.status).toBe("awarded");
    expect(page.jury.decision).toMatchObject({
      decision: "award",
      appealId: lodged.json().id,
      correctsDecisionId: expect.any(Number),
    });
    expect(page.jury.appeals).toEqual([expect.objectContaining({ status: "upheld" })]);
    expect(page.timeline.slice(-3)).toMatchObject([
      { event: "appeal_lodged", fromStatus: "not_awarded", toStatus: "not_awarded" },
      { event: "appeal_upheld", fromStatus: "not_awarded", toStatus: "not_awarded" },
      { event: "award", fromStatus: "not_awarded", toStatus: "awarded" },
    ]);
    expect(page.jury.appealUntil).toEqual(expect.any(String));

    t.clock.advanceMinutes(60 * 24 * 70);
    const late = await send(
      "POST",
      `/api/pathways/${pathwayId}/appeals`,
      await logInAs(t.app, candidate.user.email),
      {
        grounds: "Trop tard",
      },
    );
    expect(late.json().error.code).toBe("APPEAL_DELAY_PASSED");
  });

  it("dismissed, the decision stands and the pathway's timeline says so; a refused appeal writes nothing", async () => {
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const { pathwayIds, decisionIds, officer } = await buildJuryDecision(t.app, t.ctx, {
      candidates: [{ userId: candidate.user.id }],
    });
    const pathwayId = pathwayIds[0]!;
    const url = `/api/pathways/${pathwayId}/appeals`;
    const empty = await t.app.inject({
      method: "POST",
      url,
      headers: candidate.headers,
      payload: { grounds: " " },
    });
    expect(empty.statusCode).toBe(400);
    const lodged = await t.app.inject({
      method: "POST",
      url,
      headers: candidate.headers,
      payload: { grounds: "Le jury n'a pas vu mon livret" },
    });
    expect(lodged.statusCode, lodged.body).toBe(201);
    const dismissed = await t.app.inject({
      method: "POST",
      url: `/api/appeals/${lodged.json().id}/answer`,
      headers: officer.headers,
      payload: { outcome: "dismissed", answer: "Le livret a été examiné" },
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    const page = (
      await t.app.inject({ url: `/api/pathways/${pathwayId}`, headers: candidate.headers })
    ).json();
    expect(page).toMatchObject({ status: "not_awarded", jury: { decision: { id: decisionIds[0] } } });
    const facts = page.timeline.filter((e: { event: string }) => e.event.startsWith("appeal_"));
    expect(facts).toMatchObject([
      { event: "appeal_lodged", fromStatus: "not_awarded", toStatus: "not_awarded" },
      { event: "appeal_dismissed", fromStatus: "not_awarded", toStatus: "not_awarded" },
    ]);
  });
});
