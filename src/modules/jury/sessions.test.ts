import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildPathway, signedIn } from "../../test/factories.ts";
import { buildJuryPanel } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let branchCode: string;
let officer: Awaited<ReturnType<typeof signedIn>>;
let panel: Awaited<ReturnType<typeof buildJuryPanel>>;

beforeAll(async () => {
  t = await createTestApp();
  branchCode = (await buildBranch(t.ctx)).code;
  officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
  panel = await buildJuryPanel(t.app, t.ctx);
});
afterAll(() => t.close());

const call = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, headers: object, payload?: object) =>
  t.app.inject({ method, url, headers: headers as Record<string, string>, ...(payload && { payload }) });

async function plannedSession(sittingOn = "2026-06-15") {
  const created = await call("POST", "/api/jury-sessions", officer.headers, {
    branchCode,
    sittingOn,
    place: "Salle Émile-Zola, Paris",
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: number; status: string };
}

async function composedSession(pathwayIds: number[] = []) {
  const session = await plannedSession();
  const members = await call("PUT", `/api/jury-sessions/${session.id}/members`, officer.headers, {
    members: panel.map((p) => p.member),
  });
  expect(members.statusCode, members.body).toBe(200);
  if (pathwayIds.length) {
    const agenda = await call("POST", `/api/jury-sessions/${session.id}/agenda`, officer.headers, {
      pathwayIds,
    });
    expect(agenda.statusCode, agenda.body).toBe(200);
  }
  return session.id;
}

const readyPathway = async () => (await buildPathway(t.ctx, { branchCode, status: "ready_for_jury" })).id;

describe("creating and composing a session", () => {
  it("plans a session of the officer's branch, presided by this year's college", async () => {
    const session = await plannedSession();
    expect(session).toMatchObject({
      status: "planned",
      branchCode,
      presidingCollege: "employer",
      memberCount: 0,
    });
  });

  it("refuses a session of another branch and one with neither place nor link", async () => {
    const other = await buildBranch(t.ctx);
    const foreign = await call("POST", "/api/jury-sessions", officer.headers, {
      branchCode: other.code,
      sittingOn: "2026-06-15",
      place: "Lyon",
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("NOT_YOUR_BRANCH");
    const nowhere = await call("POST", "/api/jury-sessions", officer.headers, {
      branchCode,
      sittingOn: "2026-06-15",
    });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().error.fields.place).toMatchObject({ code: "PLACE_OR_VIDEO_LINK" });
  });

  it("refuses a president and vice-president of the same college, and the wrong presiding college", async () => {
    const { id } = await plannedSession();
    const [president, secondEmployer, vice] = [panel[0]!.member, panel[1]!.member, panel[2]!.member];
    const same = await call("PUT", `/api/jury-sessions/${id}/members`, officer.headers, {
      members: [president, { ...secondEmployer, seat: "vice_president" }, vice],
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe("SEAT_TAKEN_TWICE");
    const sameCollege = await call("PUT", `/api/jury-sessions/${id}/members`, officer.headers, {
      members: [president, { ...secondEmployer, seat: "vice_president" }],
    });
    expect(sameCollege.json().error.code).toBe("PRESIDENT_AND_VICE_SAME_COLLEGE");
    const oddYear = await call("PUT", `/api/jury-sessions/${id}/members`, officer.headers, {
      members: [
        { ...president, seat: "vice_president" },
        { ...vice, seat: "president" },
      ],
    });
    expect(oddYear.json().error.code).toBe("PRESIDENT_NOT_OF_PRESIDING_COLLEGE");
    const detail = await call("GET", `/api/jury-sessions/${id}`, officer.headers);
    expect(detail.json().members).toEqual([]);
  });

  it("refuses an account that is not a jury member", async () => {
    const { id } = await plannedSession();
    const members = panel.map((p) => p.member);
    const response = await call("PUT", `/api/jury-sessions/${id}/members`, officer.headers, {
      members: [
        ...members,
        { userId: officer.user.id, college: "employer", organisation: "X", seat: "member" },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("NOT_A_JURY_ACCOUNT");
  });

  it("convenes every member with the date, place, number of candidates and a calendar file", async () => {
    const id = await composedSession([await readyPathway()]);
    const messages = await t.ctx.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("kind", "=", "jury.convened")
      .where("text", "like", `%/jury-sessions/${id}%`)
      .orderBy("id")
      .execute();
    const recipients = new Set(messages.map((m) => m.recipient));
    expect(recipients).toEqual(new Set(panel.map((p) => p.user.email)));
    const last = messages.at(-1)!;
    expect(last.text).toContain("15 juin 2026");
    expect(last.text).toContain("Salle Émile-Zola, Paris");
    expect(last.text).toContain("candidats à l'ordre du jour : 1");
    const [ics] = JSON.parse(last.attachments_json);
    expect(ics.content).toContain("DTSTART;VALUE=DATE:20260615");
    expect(ics.content).toContain(`UID:jury-session-${id}@cqpi`);
    expect(last.status).toBe("pending");
  });
});

describe("agenda", () => {
  it("refuses a pathway not ready for the jury, one of another branch, and one already on an open agenda", async () => {
    const { id } = await plannedSession();
    const positioning = (await buildPathway(t.ctx, { branchCode })).id;
    const notReady = await call("POST", `/api/jury-sessions/${id}/agenda`, officer.headers, {
      pathwayIds: [positioning],
    });
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json().error.code).toBe("PATHWAY_NOT_READY_FOR_JURY");
    const elsewhere = (await buildPathway(t.ctx, { status: "ready_for_jury" })).id;
    const foreign = await call("POST", `/api/jury-sessions/${id}/agenda`, officer.headers, {
      pathwayIds: [elsewhere],
    });
    expect(foreign.json().error.code).toBe("PATHWAY_OF_ANOTHER_BRANCH");

    const ready = await readyPathway();
    expect(
      (await call("POST", `/api/jury-sessions/${id}/agenda`, officer.headers, { pathwayIds: [ready] }))
        .statusCode,
    ).toBe(200);
    const second = await plannedSession();
    const twice = await call("POST", `/api/jury-sessions/${second.id}/agenda`, officer.headers, {
      pathwayIds: [ready],
    });
    expect(twice.json().error.code).toBe("PATHWAY_ALREADY_ON_AN_AGENDA");
  });

  it("the database itself holds one open agenda item per pathway", async () => {
    const pathwayId = await readyPathway();
    const [a, b] = [await plannedSession(), await plannedSession()];
    const row = (sessionId: number) => ({
      session_id: sessionId,
      pathway_id: pathwayId,
      status: "open" as const,
      added_at: "2026-03-02",
    });
    await t.ctx.db.insertInto("jury_agenda_items").values(row(a.id)).execute();
    await expect(t.ctx.db.insertInto("jury_agenda_items").values(row(b.id)).execute()).rejects.toThrow();
    await t.ctx.db
      .insertInto("jury_agenda_items")
      .values({ ...row(b.id), status: "closed" })
      .execute();
  });

  it("cancelling before any vote frees the agenda for a later session", async () => {
    const pathwayId = await readyPathway();
    const id = await composedSession([pathwayId]);
    const cancelled = await call("POST", `/api/jury-sessions/${id}/cancel`, officer.headers);
    expect(cancelled.json()).toMatchObject({ status: "cancelled", agenda: [] });
    const later = await composedSession([pathwayId]);
    const detail = await call("GET", `/api/jury-sessions/${later}`, officer.headers);
    expect(detail.json().agenda.map((a: { pathwayId: number }) => a.pathwayId)).toEqual([pathwayId]);
    const locked = await call("POST", `/api/jury-sessions/${id}/agenda`, officer.headers, {
      pathwayIds: [pathwayId],
    });
    expect(locked.json().error.code).toBe("JURY_SESSION_LOCKED");
  });
});

describe("what a jury member sees", () => {
  it("sees the sessions they sit in with each candidate's evidence pack; others do not exist for them", async () => {
    const pathwayId = await readyPathway();
    const id = await composedSession([pathwayId]);
    const seen = await call("GET", `/api/jury-sessions/${id}`, panel[1]!.headers);
    expect(seen.statusCode, seen.body).toBe(200);
    const [item] = seen.json().agenda;
    expect(item.pathwayId).toBe(pathwayId);
    expect(item.evidence.gapAnalysis.isAtLevel).toBe(true);
    expect(item.evidence.assessments.length).toBeGreaterThan(0);
    expect(item.evidence.evaluators).toHaveLength(1);
    expect(seen.json().viewer).toMatchObject({ canManage: false, seat: "member" });

    const outsider = await signedIn(t.app, t.ctx, { role: "jury_member" });
    const hidden = await call("GET", `/api/jury-sessions/${id}`, outsider.headers);
    expect(hidden.statusCode).toBe(404);
    const list = await call("GET", "/api/jury-sessions", outsider.headers);
    expect(list.json()).toEqual({ items: [], total: 0 });
    const mine = await call("GET", "/api/jury-sessions", panel[1]!.headers);
    expect(mine.json().items.map((s: { id: number }) => s.id)).toContain(id);
  });
});

describe("attendance, quorum and votes", () => {
  const attendance = (id: number, headers: object, entries: object[]) =>
    call("PUT", `/api/jury-sessions/${id}/attendance`, headers, { attendance: entries });
  const vote = (id: number, pathwayId: number, headers: object, body: object) =>
    call("POST", `/api/jury-sessions/${id}/deliberations/${pathwayId}/votes`, headers, body);

  it("refuses proxies to an absent member or a second proxy for one holder", async () => {
    const id = await composedSession([await readyPathway()]);
    const [p0, p1, p2, p3] = panel.map((p) => p.user.id);
    const toAbsent = await attendance(id, officer.headers, [
      { userId: p0, presence: "absent" },
      { userId: p1, presence: "represented", proxyUserId: p0 },
      { userId: p2, presence: "present" },
      { userId: p3, presence: "present" },
    ]);
    expect(toAbsent.statusCode).toBe(400);
    expect(toAbsent.json().error.code).toBe("PROXY_HOLDER_NOT_PRESENT");
    const [extra] = await buildJuryPanel(t.app, t.ctx, { employers: 1, employees: 0 });
    const members = [...panel.map((p) => p.member), { ...extra!.member, seat: "member" }];
    expect(
      (await call("PUT", `/api/jury-sessions/${id}/members`, officer.headers, { members })).statusCode,
    ).toBe(200);
    const secondProxy = await attendance(id, officer.headers, [
      { userId: p0, presence: "present" },
      { userId: p1, presence: "represented", proxyUserId: p0 },
      { userId: extra!.user.id, presence: "represented", proxyUserId: p0 },
      { userId: p2, presence: "present" },
    ]);
    expect(secondProxy.json().error).toMatchObject({
      code: "PROXY_HOLDER_HAS_TWO",
      params: { member: extra!.user.id },
      fields: { attendance: { code: "PROXY_HOLDER_HAS_TWO", params: { member: extra!.user.id } } },
    });
  });

  it("refuses votes without quorum, by a member not present, and a second vote", async () => {
    const pathwayId = await readyPathway();
    const id = await composedSession([pathwayId]);
    const [p0, p1, p2, p3] = panel.map((p) => p.user.id);
    const noEmployee = await attendance(id, panel[0]!.headers, [
      { userId: p0, presence: "present" },
      { userId: p1, presence: "present" },
      { userId: p2, presence: "absent" },
      { userId: p3, presence: "absent" },
    ]);
    expect(noEmployee.statusCode, noEmployee.body).toBe(200);
    expect(noEmployee.json()).toMatchObject({
      status: "in_progress",
      quorum: { hasQuorum: false, missing: ["NO_EMPLOYEE_PRESENT"] },
    });
    const withoutQuorum = await vote(id, pathwayId, panel[0]!.headers, { decision: "award" });
    expect(withoutQuorum.statusCode).toBe(409);
    expect(withoutQuorum.json().error).toMatchObject({
      code: "QUORUM_NOT_MET",
      params: { missing: ["NO_EMPLOYEE_PRESENT"] },
    });

    await attendance(id, officer.headers, [{ userId: p2, presence: "present" }]);
    const absent = await vote(id, pathwayId, panel[3]!.headers, { decision: "award" });
    expect(absent.statusCode).toBe(403);
    expect(absent.json().error.code).toBe("NOT_A_PRESENT_MEMBER");
    const first = await vote(id, pathwayId, panel[0]!.headers, { decision: "award" });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().agenda[0].tally.employer.award).toBe(1);
    const again = await vote(id, pathwayId, panel[0]!.headers, { decision: "refusal", motivation: "Non" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("ALREADY_VOTED");
    const unmotivated = await vote(id, pathwayId, panel[1]!.headers, { decision: "refusal" });
    expect(unmotivated.json().error).toMatchObject({
      code: "MOTIVATION_REQUIRED",
      fields: { motivation: { code: "MOTIVATION_REQUIRED" } },
    });

    const cancel = await call("POST", `/api/jury-sessions/${id}/cancel`, officer.headers);
    expect(cancel.json().error.code).toBe("JURY_SESSION_HAS_DELIBERATED");
    const changed = await attendance(id, officer.headers, [{ userId: p3, presence: "present" }]);
    expect(changed.json().error.code).toBe("ATTENDANCE_FIXED_BY_VOTES");
  });
});
