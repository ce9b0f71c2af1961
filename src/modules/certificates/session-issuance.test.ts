import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, buildPathway, signedIn } from "../../test/factories.ts";
import { buildJuryPanel } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueSessionCertificates } from "./issue-session-certificates.ts";
import { retryDueIssuances } from "./retry-due-issuances.ts";

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

const send = async (url: string, headers: Record<string, string>, payload?: object) => {
  const r = await t.app.inject({
    method: payload ? "POST" : "POST",
    url,
    headers,
    ...(payload && { payload }),
  });
  return r;
};
const put = (url: string, headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: "PUT", url, headers, payload });

/** A session that awarded one candidate in full and one partially, every deliberation closed. */
async function deliberatedSession() {
  const pathways = [];
  for (const birthName of ["Lefèvre", "Nguyễn", "Dubœuf"])
    pathways.push(
      (await buildPathway(t.ctx, { branchCode, status: "ready_for_jury", candidate: { birthName } })).id,
    );
  const [full, partial, refused] = pathways as [number, number, number];
  const created = await t.app.inject({
    method: "POST",
    url: "/api/jury-sessions",
    headers: officer.headers,
    payload: { branchCode, sittingOn: "2026-03-02", place: "Paris" },
  });
  const id = created.json().id as number;
  await put(`/api/jury-sessions/${id}/members`, officer.headers, { members: panel.map((p) => p.member) });
  await send(`/api/jury-sessions/${id}/agenda`, officer.headers, { pathwayIds: pathways });
  const attendance = panel.map((p) => ({ userId: p.user.id, presence: "present" }));
  await put(`/api/jury-sessions/${id}/attendance`, panel[0]!.headers, { attendance });
  const ballots: [number, object][] = [
    [full, { decision: "award" }],
    [partial, { decision: "partial_award", blockCodes: ["B1"], motivation: "B2 à acquérir" }],
    [refused, { decision: "refusal", motivation: "Insuffisant" }],
  ];
  for (const [pathwayId, ballot] of ballots) {
    for (const p of panel) {
      const voted = await send(
        `/api/jury-sessions/${id}/deliberations/${pathwayId}/votes`,
        p.headers,
        ballot,
      );
      expect(voted.statusCode, voted.body).toBe(201);
    }
    await send(`/api/jury-sessions/${id}/deliberations/${pathwayId}/close`, panel[0]!.headers);
  }
  return { id, full, partial, refused };
}
const close = (id: number) => send(`/api/jury-sessions/${id}/close`, panel[0]!.headers);
const certificatesOf = (sessionId: number) =>
  t.ctx.db
    .selectFrom("certificates")
    .select(["number", "pathway_id", "kind", "block_codes_json"])
    .where("jury_session_id", "=", sessionId)
    .orderBy("pathway_id")
    .execute();
const issueAudits = async (numbers: string[]) =>
  (
    await t.ctx.db
      .selectFrom("audit_events")
      .select("entity_id")
      .where("action", "=", "certificate.issue")
      .where("entity_id", "in", numbers)
      .execute()
  ).length;
const retryOf = (sessionId: number) =>
  t.ctx.db
    .selectFrom("certificate_issuance_retries")
    .selectAll()
    .where("jury_session_id", "=", sessionId)
    .executeTakeFirst();

// Each test walks a whole jury session over HTTP: seconds on a loaded machine, more on PostgreSQL.
describe("certificates issued when a jury session closes", { timeout: 90_000 }, () => {
  it("closes the session even when issuance fails, and issues on a later retry once the key exists", async () => {
    const { id, full } = await deliberatedSession();
    const closed = await close(id);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe("closed");
    expect(await certificatesOf(id)).toEqual([]);
    expect(await retryOf(id)).toMatchObject({
      attempts: 1,
      last_error: expect.stringContaining("ISSUER_KEY_MISSING"),
    });

    expect(await retryDueIssuances(t.ctx)).toEqual([]); // not due for a minute
    await generateIssuerKey(t.ctx, { caller: platform });
    t.clock.advanceMinutes(2);
    expect(await retryDueIssuances(t.ctx)).toEqual([id]);
    expect((await certificatesOf(id)).map((c) => c.pathway_id)).toContain(full);
    expect(await retryOf(id)).toBeUndefined();
  });

  it("issues one certificate per award (full and partial) on closing, and names it on the pathway", async () => {
    const { id, full, partial, refused } = await deliberatedSession();
    expect((await close(id)).statusCode).toBe(200);
    const issued = await certificatesOf(id);
    expect(issued.map((c) => [c.pathway_id, c.kind, JSON.parse(c.block_codes_json)])).toEqual([
      [full, "full", ["B1", "B2"]],
      [partial, "partial", ["B1"]],
    ]);
    const page = async (pathwayId: number) =>
      (
        await t.app.inject({ method: "GET", url: `/api/pathways/${pathwayId}`, headers: officer.headers })
      ).json();
    expect((await page(full)).certificateNumber).toBe(issued[0]!.number);
    expect((await page(partial)).certificateNumber).toBe(issued[1]!.number);
    expect((await page(refused)).certificateNumber).toBeNull();

    const again = await issueSessionCertificates(t.ctx, { sessionId: id, caller: platform });
    expect(again).toMatchObject({ total: 2, issued: [], alreadyIssued: 2, failures: [] });
    expect(await certificatesOf(id)).toHaveLength(2);
    expect(await issueAudits(issued.map((c) => c.number))).toBe(2);
  });

  it("never issues twice when closings and re-runs race", async () => {
    const { id } = await deliberatedSession();
    const runs = await Promise.all([
      close(id),
      close(id),
      issueSessionCertificates(t.ctx, { sessionId: id, caller: platform }).catch(
        (e: { code: string }) => e.code,
      ),
    ]);
    const statuses = [runs[0].statusCode, runs[1].statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    await Promise.all([
      issueSessionCertificates(t.ctx, { sessionId: id, caller: platform }),
      issueSessionCertificates(t.ctx, { sessionId: id, caller: platform }),
    ]);
    const issued = await certificatesOf(id);
    expect(issued).toHaveLength(2);
    expect(await issueAudits(issued.map((c) => c.number))).toBe(2);
  });

  it("refuses to issue for a session that is not closed yet", async () => {
    const { id } = await deliberatedSession();
    await expect(issueSessionCertificates(t.ctx, { sessionId: id, caller: platform })).rejects.toMatchObject({
      code: "JURY_SESSION_NOT_CLOSED",
      params: { status: "in_progress" },
    });
    expect(await certificatesOf(id)).toEqual([]);
  });
});
