import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCompany, signedIn } from "../../test/factories.ts";
import { buildJuryDecision } from "../../test/jury-factories.ts";
import { pdfText } from "../../test/pdf-text.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const extract = (pathwayId: number, headers: Record<string, string>) =>
  t.app.inject({ url: `/api/pathways/${pathwayId}/jury-extract.pdf`, headers });

describe("the extract of the minutes for one candidate", () => {
  it("gives the candidate and their employer their own decision, votes per college and motivation, never another candidate", async () => {
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const companyId = (await buildCompany(t.ctx)).id;
    const employer = await signedIn(t.app, t.ctx, { role: "employer", companyId });
    const { pathwayIds, decisionIds, officer } = await buildJuryDecision(t.app, t.ctx, {
      candidates: [
        { userId: candidate.user.id, birthName: "Lefèvre", firstNames: ["Éloïse"], companyId },
        { birthName: "Dubœuf", firstNames: ["François"] },
      ],
    });
    const [own, other] = pathwayIds as [number, number];
    for (const caller of [candidate, employer, officer]) {
      const response = await extract(own, caller.headers);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      const text = pdfText(response.rawPayload);
      expect(text).toContain("Extrait du procès-verbal de délibération");
      expect(text).toContain("Éloïse");
      expect(text).toContain("Décision : Refus d'attribution");
      expect(text).toContain("Collège employeurs : attribution 0, attribution partielle 0, refus 1");
      expect(text).toContain("Motivation : Capacités non démontrées en situation");
      expect(text).not.toContain("Dubœuf");
      expect(text).not.toContain("François");
    }

    const otherCandidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const otherEmployer = await signedIn(t.app, t.ctx, { role: "employer" });
    const otherOfficer = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    for (const caller of [otherCandidate, otherEmployer, otherOfficer])
      expect((await extract(own, caller.headers)).statusCode).toBe(404);
    expect((await extract(other, candidate.headers)).statusCode).toBe(404);
    const member = await signedIn(t.app, t.ctx, { role: "jury_member" });
    expect((await extract(own, member.headers)).statusCode).toBe(403);

    const corrected = await t.app.inject({
      method: "POST",
      url: `/api/jury-decisions/${decisionIds[0]}/corrections`,
      headers: officer.headers,
      payload: { decision: "award", motivation: "Erreur de saisie" },
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const text = pdfText((await extract(own, candidate.headers)).rawPayload);
    expect(text).toContain("Décision : Refus d'attribution");
    expect(text).toContain("Décision en vigueur, prise par correction");
    expect(text).toContain("Décision : Attribution du CQPI");
  });

  it("exists once a decision is taken and its session closed", async () => {
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const { pathwayIds } = await buildJuryDecision(t.app, t.ctx, {
      candidates: [{ userId: candidate.user.id }],
      isSessionClosed: false,
    });
    const early = await extract(pathwayIds[0]!, candidate.headers);
    expect([early.statusCode, early.json().error.code]).toEqual([409, "MINUTES_NOT_READY"]);
  });
});
