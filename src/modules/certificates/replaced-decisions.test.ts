import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "../../test/factories.ts";
import { buildJuryDecision } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { REPLACED_DECISION_REASON } from "./follow-replaced-decision.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateIssuerKey(t.ctx, { caller: platform });
});
afterAll(() => t.close());

const certificatesOf = (pathwayId: number) =>
  t.ctx.db
    .selectFrom("certificates")
    .select(["number", "jury_decision_id", "revoked_at", "revocation_reason"])
    .where("pathway_id", "=", pathwayId)
    .orderBy("id")
    .execute();

const post = (url: string, headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: "POST", url, headers, payload });

describe("certificates follow a closed session's replaced decisions", () => {
  it("a correction of an award into a refusal revokes its certificate, and every verification says so", async () => {
    const { pathwayIds, decisionIds, officer } = await buildJuryDecision(t.app, t.ctx, { decision: "award" });
    const [issued] = await certificatesOf(pathwayIds[0]!);
    expect(issued).toMatchObject({ jury_decision_id: decisionIds[0], revoked_at: null });

    const corrected = await post(`/api/jury-decisions/${decisionIds[0]}/corrections`, officer.headers, {
      decision: "refusal",
      motivation: "Erreur matérielle : la majorité s'était prononcée contre",
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(await certificatesOf(pathwayIds[0]!)).toEqual([
      expect.objectContaining({ number: issued!.number, revocation_reason: REPLACED_DECISION_REASON }),
    ]);
    const verdict = await t.app.inject({ url: `/api/certificates/${encodeURIComponent(issued!.number)}` });
    expect(verdict.json()).toMatchObject({ status: "revoked" });
  });

  it("an upheld appeal that awards issues the certificate of the new decision", async () => {
    const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const { pathwayIds, officer } = await buildJuryDecision(t.app, t.ctx, {
      candidates: [{ userId: candidate.user.id }],
    });
    expect(await certificatesOf(pathwayIds[0]!)).toEqual([]);
    const lodged = await post(`/api/pathways/${pathwayIds[0]}/appeals`, candidate.headers, {
      grounds: "Le livret n'a pas été pris en compte",
    });
    expect(lodged.statusCode, lodged.body).toBe(201);
    const upheld = await post(`/api/appeals/${lodged.json().id}/answer`, officer.headers, {
      outcome: "upheld",
      answer: "Le jury d'appel retient l'observation",
      decision: { decision: "award" },
    });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(await certificatesOf(pathwayIds[0]!)).toEqual([
      expect.objectContaining({ jury_decision_id: upheld.json().newDecisionId, revoked_at: null }),
    ]);
  });
});
