import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "../../test/factories.ts";
import { buildJuryDecision } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const correct = (decisionId: number, headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: "POST", url: `/api/jury-decisions/${decisionId}/corrections`, headers, payload });
const award = { decision: "award", motivation: "Erreur matérielle : les votes portaient sur l'attribution" };

describe("correcting a closed session's decision", () => {
  it("records a new decision referring to the old one, marks it superseded and moves the pathway; the session stays as it was", async () => {
    const { pathwayIds, decisionIds, officer, sessionId } = await buildJuryDecision(t.app, t.ctx);
    const [pathwayId, oldId] = [pathwayIds[0]!, decisionIds[0]!];
    const response = await correct(oldId, officer.headers, award);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ decision: "award", correctsDecisionId: oldId, sessionId });

    const page = (await t.app.inject({ url: `/api/pathways/${pathwayId}`, headers: officer.headers })).json();
    expect(page.status).toBe("awarded");
    expect(page.jury.decision).toMatchObject({ id: response.json().id, correctsDecisionId: oldId });
    expect(page.timeline.at(-1)).toMatchObject({
      event: "award",
      fromStatus: "not_awarded",
      toStatus: "awarded",
    });
    const old = await t.ctx.db
      .selectFrom("jury_decisions")
      .selectAll()
      .where("id", "=", oldId)
      .executeTakeFirst();
    expect(old).toMatchObject({ decision: "refusal", superseded_at: expect.any(String) });
    const session = (
      await t.app.inject({ url: `/api/jury-sessions/${sessionId}`, headers: officer.headers })
    ).json();
    expect(session.agenda[0].decision).toMatchObject({ id: oldId, decision: "refusal" });
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_type", "=", "jury_decision")
      .where("entity_id", "=", String(response.json().id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["jury.correct_decision"]);

    const again = await correct(oldId, officer.headers, award);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("JURY_DECISION_SUPERSEDED");
  });

  it("refuses before the session closes, while an appeal awaits, outside the officer's branch, and an inconsistent decision", async () => {
    const open = await buildJuryDecision(t.app, t.ctx, { isSessionClosed: false });
    const early = await correct(open.decisionIds[0]!, open.officer.headers, award);
    expect([early.statusCode, early.json().error.code]).toEqual([409, "JURY_SESSION_NOT_CLOSED"]);

    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const closed = await buildJuryDecision(t.app, t.ctx, { candidates: [{ userId: candidate.user.id }] });
    const [decisionId, pathwayId] = [closed.decisionIds[0]!, closed.pathwayIds[0]!];
    const stranger = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [open.branchCode] });
    const elsewhere = await correct(decisionId, stranger.headers, award);
    expect([elsewhere.statusCode, elsewhere.json().error.code]).toEqual([404, "JURY_DECISION_NOT_FOUND"]);
    const partial = await correct(decisionId, closed.officer.headers, {
      decision: "partial_award",
      motivation: "B1",
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.fields.blockCodes).toMatchObject({ code: "BLOCKS_REQUIRED" });
    const unknown = await correct(999_999, closed.officer.headers, award);
    expect(unknown.statusCode).toBe(404);

    const lodged = await t.app.inject({
      method: "POST",
      url: `/api/pathways/${pathwayId}/appeals`,
      headers: candidate.headers,
      payload: { grounds: "Mon livret n'a pas été lu" },
    });
    expect(lodged.statusCode, lodged.body).toBe(201);
    const pending = await correct(decisionId, closed.officer.headers, award);
    expect([pending.statusCode, pending.json().error.code]).toEqual([409, "APPEAL_PENDING"]);
    const rows = await t.ctx.db
      .selectFrom("jury_decisions")
      .select("id")
      .where("pathway_id", "=", pathwayId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("of corrections sent at the same moment, exactly one is recorded", async () => {
    const { decisionIds, pathwayIds, officer } = await buildJuryDecision(t.app, t.ctx, { decision: "award" });
    const bodies = [
      { decision: "refusal", motivation: "Correction A" },
      { decision: "refusal", motivation: "Correction B" },
      { decision: "partial_award", blockCodes: ["B1"], motivation: "Correction C" },
      { decision: "award", motivation: "Correction D" },
    ];
    const answers = await Promise.all(bodies.map((b) => correct(decisionIds[0]!, officer.headers, b)));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses, answers.map((a) => a.body).join("\n")).toEqual([201, 409, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409))
      expect(["JURY_DECISION_SUPERSEDED", "PATHWAY_CHANGED"]).toContain(a.json().error.code);
    const rows = await t.ctx.db
      .selectFrom("jury_decisions")
      .selectAll()
      .where("pathway_id", "=", pathwayIds[0]!)
      .orderBy("id")
      .execute();
    expect(rows).toHaveLength(2);
    const winner = answers.find((a) => a.statusCode === 201)!.json();
    expect(rows[1]).toMatchObject({ id: winner.id, corrects_decision_id: decisionIds[0] });
    const statusOf = {
      award: "awarded",
      partial_award: "partially_awarded",
      refusal: "not_awarded",
    } as const;
    const pathway = await t.ctx.db
      .selectFrom("pathways")
      .select("status")
      .where("id", "=", pathwayIds[0]!)
      .executeTakeFirst();
    expect(pathway?.status).toBe(statusOf[winner.decision as keyof typeof statusOf]);
    const corrections = await t.ctx.db
      .selectFrom("audit_events")
      .select("seq")
      .where("action", "=", "jury.correct_decision")
      .where("entity_id", "=", String(winner.id))
      .execute();
    expect(corrections).toHaveLength(1);
  });
});
