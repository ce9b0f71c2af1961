import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildPathway, signedIn } from "../../test/factories.ts";
import { buildJuryPanel } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

/** Votes arriving at the same moment (meaningful on PostgreSQL, where requests run in parallel). */
let t: TestApp;
let sessionId: number;
let pathwayId: number;
let panel: Awaited<ReturnType<typeof buildJuryPanel>>;

beforeAll(async () => {
  t = await createTestApp();
  const branchCode = (await buildBranch(t.ctx)).code;
  const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
  panel = await buildJuryPanel(t.app, t.ctx, { employers: 3, employees: 3 });
  pathwayId = (await buildPathway(t.ctx, { branchCode, status: "ready_for_jury" })).id;
  const send = async (method: "POST" | "PUT", url: string, payload: object) => {
    const r = await t.app.inject({ method, url, headers: officer.headers, payload });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  sessionId = (
    await send("POST", "/api/jury-sessions", { branchCode, sittingOn: "2026-03-02", place: "Paris" })
  ).id;
  await send("PUT", `/api/jury-sessions/${sessionId}/members`, { members: panel.map((p) => p.member) });
  await send("POST", `/api/jury-sessions/${sessionId}/agenda`, { pathwayIds: [pathwayId] });
  await send("PUT", `/api/jury-sessions/${sessionId}/attendance`, {
    attendance: panel.map((p) => ({ userId: p.user.id, presence: "present" })),
  });
});
afterAll(() => t.close());

const vote = (headers: object, decision = "award") =>
  t.app.inject({
    method: "POST",
    url: `/api/jury-sessions/${sessionId}/deliberations/${pathwayId}/votes`,
    headers: headers as Record<string, string>,
    payload: decision === "award" ? { decision } : { decision, motivation: "Motif" },
  });

describe("concurrent votes", () => {
  it("counts every member voting at the same moment exactly once", async () => {
    const responses = await Promise.all(panel.slice(0, 4).map((p) => vote(p.headers)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const rows = await t.ctx.db
      .selectFrom("jury_votes")
      .select("member_user_id")
      .where("session_id", "=", sessionId)
      .execute();
    expect(rows.map((r) => r.member_user_id).sort()).toEqual(
      panel
        .slice(0, 4)
        .map((p) => p.user.id)
        .sort(),
    );
  });

  it("keeps one vote when a member sends two at the same moment", async () => {
    const member = panel[4]!;
    const responses = await Promise.all([vote(member.headers), vote(member.headers, "refusal")]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe("ALREADY_VOTED");
    const rows = await t.ctx.db
      .selectFrom("jury_votes")
      .select("id")
      .where("member_user_id", "=", member.user.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("a vote racing the closing of the deliberation is either counted in the decision or refused", async () => {
    const last = panel[5]!;
    const president = panel[0]!;
    const [voted, closed] = await Promise.all([
      vote(last.headers, "refusal"),
      t.app.inject({
        method: "POST",
        url: `/api/jury-sessions/${sessionId}/deliberations/${pathwayId}/close`,
        headers: president.headers as Record<string, string>,
      }),
    ]);
    expect(closed.statusCode, closed.body).toBe(200);
    const votes = await t.ctx.db
      .selectFrom("jury_votes")
      .select("id")
      .where("session_id", "=", sessionId)
      .execute();
    expect(votes).toHaveLength(voted.statusCode === 201 ? 6 : 5);
    if (voted.statusCode !== 201) expect(voted.json().error.code).toBe("DELIBERATION_CLOSED");
    const item = closed.json().agenda[0];
    expect(item.decision.decision).toBe("award");
    expect(item.tally.total.award + item.tally.total.refusal).toBe(votes.length);
  });
});
