import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildPathway, signedIn } from "../../test/factories.ts";
import { buildJuryPanel } from "../../test/jury-factories.ts";
import { pdfText } from "../../test/pdf-text.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { findAward, listAwardsOfSession } from "./read-pathway-jury.ts";

let t: TestApp;
let branchCode: string;
let officer: Awaited<ReturnType<typeof signedIn>>;
let panel: Awaited<ReturnType<typeof buildJuryPanel>>;

beforeAll(async () => {
  t = await createTestApp();
  branchCode = (await buildBranch(t.ctx, { name: "Métallurgie" })).code;
  officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
  panel = await buildJuryPanel(t.app, t.ctx);
});
afterAll(() => t.close());

type Headers = Record<string, string>;
const call = (method: "GET" | "POST" | "PUT", url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload && { payload }) });
const ok = async (
  response: Promise<{
    statusCode: number;
    body: string; // biome-ignore lint/suspicious/noExplicitAny: response bodies are read as the API documents them
    json(): any;
  }>,
  status = 200,
) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};

async function sittingSession(
  pathwayIds: number[],
  attendance = panel.map((p) => ({ userId: p.user.id, presence: "present" })),
) {
  const { id } = await ok(
    call("POST", "/api/jury-sessions", officer.headers, {
      branchCode,
      sittingOn: "2026-03-02",
      place: "Maison de la Métallurgie",
    }),
    201,
  );
  await ok(
    call("PUT", `/api/jury-sessions/${id}/members`, officer.headers, { members: panel.map((p) => p.member) }),
  );
  await ok(call("POST", `/api/jury-sessions/${id}/agenda`, officer.headers, { pathwayIds }));
  await ok(call("PUT", `/api/jury-sessions/${id}/attendance`, panel[0]!.headers, { attendance }));
  return id as number;
}

const vote = (sessionId: number, pathwayId: number, headers: Headers, body: object) =>
  call("POST", `/api/jury-sessions/${sessionId}/deliberations/${pathwayId}/votes`, headers, body);

describe("a whole jury session over HTTP", () => {
  it("decides award, partial award, refusal and deferral, moves the pathways, locks the session and prints the minutes", async () => {
    const candidates = [
      { birthName: "Lefèvre", firstNames: ["Éloïse"] },
      { birthName: "Nguyễn", firstNames: ["Thérèse"] },
      { birthName: "Dubœuf", firstNames: ["François"] },
      { birthName: "Ørsted", firstNames: ["Noël"] },
    ];
    const pathways = [];
    for (const candidate of candidates) {
      pathways.push(
        (
          await buildPathway(t.ctx, {
            branchCode,
            status: "ready_for_jury",
            candidate: { ...candidate, email: `${candidate.firstNames[0]}@candidat.example` },
          })
        ).id,
      );
    }
    const [awarded, partial, refused, deferred] = pathways as [number, number, number, number];
    const id = await sittingSession(pathways);
    const [p0, p1, p2, p3] = panel.map((p) => p.headers as Headers) as [Headers, Headers, Headers, Headers];
    for (const h of [p0, p1, p2, p3]) await ok(vote(id, awarded, h, { decision: "award" }), 201);
    for (const h of [p0, p1, p2]) {
      await ok(
        vote(id, partial, h, {
          decision: "partial_award",
          blockCodes: ["B1"],
          motivation: "Le bloc B2 reste à acquérir",
        }),
        201,
      );
    }
    await ok(vote(id, partial, p3, { decision: "refusal", motivation: "Insuffisant" }), 201);
    for (const h of [p0, p2, p3])
      await ok(vote(id, refused, h, { decision: "refusal", motivation: "Capacités non démontrées" }), 201);
    await ok(vote(id, refused, p1, { decision: "award" }), 201);
    await ok(vote(id, deferred, p0, { decision: "award" }), 201);
    await ok(vote(id, deferred, p2, { decision: "award" }), 201);
    await ok(vote(id, deferred, p1, { decision: "refusal", motivation: "Dossier incomplet" }), 201);

    const early = await call("POST", `/api/jury-sessions/${id}/deliberations/${deferred}/close`, p0);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("VOTES_MISSING");
    await ok(vote(id, deferred, p3, { decision: "refusal", motivation: "Dossier incomplet" }), 201);

    const notPresident = await call("POST", `/api/jury-sessions/${id}/deliberations/${awarded}/close`, p1);
    expect(notPresident.json().error.code).toBe("NOT_THE_PRESIDENT");
    const stillOpen = await call("POST", `/api/jury-sessions/${id}/close`, p0);
    expect(stillOpen.json().error.code).toBe("DELIBERATIONS_STILL_OPEN");
    for (const pathwayId of pathways) {
      await ok(call("POST", `/api/jury-sessions/${id}/deliberations/${pathwayId}/close`, p0));
    }
    const late = await vote(id, awarded, p3, { decision: "refusal", motivation: "Trop tard" });
    expect(late.json().error.code).toBe("DELIBERATION_CLOSED");

    const detail = await ok(call("GET", `/api/jury-sessions/${id}`, officer.headers));
    const decisionOf = (pathwayId: number) =>
      detail.agenda.find((a: { pathwayId: number }) => a.pathwayId === pathwayId).decision;
    expect(decisionOf(awarded)).toMatchObject({ decision: "award", blockCodes: [], isByDefaultRule: false });
    expect(decisionOf(partial)).toMatchObject({
      decision: "partial_award",
      blockCodes: ["B1"],
      motivation: "Le bloc B2 reste à acquérir",
    });
    expect(decisionOf(refused)).toMatchObject({
      decision: "refusal",
      motivation: "Capacités non démontrées",
    });
    expect(decisionOf(deferred)).toMatchObject({ decision: "deferral", isByDefaultRule: true });
    expect(detail.agenda.find((a: { pathwayId: number }) => a.pathwayId === partial).tally).toMatchObject({
      employer: { partial_award: 2 },
      employee: { partial_award: 1, refusal: 1 },
      majorityNeeds: 3,
      base: 4,
    });

    const statusOf = async (pathwayId: number) =>
      (await ok(call("GET", `/api/pathways/${pathwayId}`, officer.headers))).status;
    expect(await statusOf(awarded)).toBe("awarded");
    expect(await statusOf(partial)).toBe("partially_awarded");
    expect(await statusOf(refused)).toBe("not_awarded");
    expect(await statusOf(deferred)).toBe("ready_for_jury");
    const page = await ok(call("GET", `/api/pathways/${partial}`, officer.headers));
    expect(page.jury).toMatchObject({
      decision: {
        sessionId: id,
        sittingOn: "2026-03-02",
        decision: "partial_award",
        blockCodes: ["B1"],
        decidedOn: "2026-03-02",
      },
      appeals: [],
      appealUntil: "2026-05-02",
    });
    expect(page.timeline.at(-1)).toMatchObject({
      event: "award_partially",
      fromStatus: "ready_for_jury",
      toStatus: "partially_awarded",
    });
    const awards = await listAwardsOfSession(t.ctx, id);
    expect(awards.map((a) => [a.pathwayId, a.kind, a.blockCodes])).toEqual([
      [awarded, "award", []],
      [partial, "partial_award", ["B1"]],
    ]);
    expect(await findAward(t.ctx, decisionOf(refused).id)).toBeUndefined();
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "in", ["jury.decide", "pathway.award"])
      .execute();
    expect(audit.filter((a) => a.action === "jury.decide")).toHaveLength(4);
    const told = await t.ctx.db
      .selectFrom("outbox_messages")
      .select(["recipient", "text"])
      .where("kind", "=", "jury.decision")
      .execute();
    expect(told.map((m) => m.recipient)).toEqual(
      expect.arrayContaining(["éloïse@candidat.example", officer.user.email]),
    );

    const closed = await ok(call("POST", `/api/jury-sessions/${id}/close`, p0));
    expect(closed.status).toBe("closed");
    const locked = await call("PUT", `/api/jury-sessions/${id}/attendance`, officer.headers, {
      attendance: [{ userId: panel[3]!.user.id, presence: "absent" }],
    });
    expect(locked.json().error.code).toBe("JURY_SESSION_LOCKED");
    const again = await call("POST", `/api/jury-sessions/${id}/deliberations/${deferred}/votes`, p0, {
      decision: "award",
    });
    expect(again.json().error.code).toBe("JURY_SESSION_LOCKED");

    // The deferred candidate is free for a later session.
    const later = await sittingSession([deferred]);
    expect(later).toBeGreaterThan(id);

    const minutes = await call("GET", `/api/jury-sessions/${id}/minutes.pdf`, panel[2]!.headers);
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(minutes.rawPayload);
    expect(text).toContain("Procès-verbal de délibération");
    expect(text).toContain("CPNE Métallurgie");
    expect(text).toContain("Éloïse LEFÈVRE");
    expect(text).toContain("Thérèse NGUYỄN");
    expect(text).toContain("François DUBŒUF");
    expect(text).toContain("Attribution partielle — blocs acquis : B1");
    expect(text).toContain("Refus d'attribution");
    expect(text).toContain("Ajournement");
    expect(text).toContain(
      "Collège salariés : attribution 0, attribution partielle 1, refus 1, ajournement 0",
    );
    expect(text).toContain("Motivation : Capacités non démontrées");
    expect(text).toContain("Le/la président(e)");
    expect(text).toContain("Le/la vice-président(e)");
    const notReady = await call("GET", `/api/jury-sessions/${later}/minutes.pdf`, officer.headers);
    expect(notReady.json().error.code).toBe("MINUTES_NOT_READY");
  });
});
