import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPathway, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterAll(() => t.close());

const download = (headers: { cookie: string }) => t.app.inject({ url: "/api/me/personal-data", headers });

describe("a candidate's personal data", () => {
  it("holds their account, identity, pathways, timelines and assessments, and nobody else's", async () => {
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const own = await buildPathway(t.ctx, {
      status: "positioned",
      outcome: "gaps",
      candidate: { birthName: "Marchetti", userId: candidate.user.id },
    });
    const other = await signedIn(t.app, t.ctx, { role: "candidate" });
    await buildPathway(t.ctx, { candidate: { birthName: "Autre", userId: other.user.id } });

    const response = await download(candidate.headers);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="cqpi-mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = response.json();
    expect(data.account.email).toBe(candidate.user.email);
    expect(data.candidate).toMatchObject({ birthName: "Marchetti", userId: candidate.user.id });
    expect(data.pathways.map((p: { id: number }) => p.id)).toEqual([own.id]);
    const [pathway] = data.pathways;
    expect(pathway.status).toBe("positioned");
    expect(pathway.timeline.map((s: { toStatus: string }) => s.toStatus)).toEqual([
      "registered",
      "positioning",
      "positioned",
    ]);
    expect(pathway.gaps.length).toBeGreaterThan(0);
    expect(pathway.assessments.length).toBeGreaterThan(0);
    expect(pathway.assessments.every((a: { pathwayId: number }) => a.pathwayId === own.id)).toBe(true);
    expect(JSON.stringify(data)).not.toContain("Autre");
  });

  it("is not found for a candidate account without a candidate record", async () => {
    const loner = await signedIn(t.app, t.ctx, { role: "candidate" });
    const response = await download(loner.headers);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("CANDIDATE_NOT_FOUND");
  });
});
