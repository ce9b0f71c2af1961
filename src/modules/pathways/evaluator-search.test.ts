import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildPublishedVersion, buildUser, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { recordAdoption } from "../referentials/record-adoption.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const evaluatorNamed = async (displayName: string, email: string) => {
  const admin = await signedIn(t.app, t.ctx, { role: "admin" });
  const user = await buildUser(t.ctx, { role: "evaluator", email });
  await t.app.inject({
    method: "PATCH",
    url: `/api/users/${user.id}`,
    headers: admin.headers,
    payload: { displayName },
  });
  return user;
};

describe("finding an evaluator to accredit", () => {
  it("finds an evaluator never accredited in the officer's branch, by name or email, with only what picking needs", async () => {
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    const evaluator = await evaluatorNamed("Hélène Lefèvre", "h.lefevre@eval.example");
    await evaluatorNamed("Paul Martin", "p.martin@eval.example");
    await buildUser(t.ctx, { role: "employer", email: "lefevre.rh@corp.example" });
    for (const q of ["lefevre", "HELENE", "h.lefevre@"]) {
      const response = await t.app.inject({
        url: `/api/evaluators?q=${encodeURIComponent(q)}`,
        headers: officer.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        items: [{ userId: evaluator.id, displayName: "Hélène Lefèvre", email: "h.lefevre@eval.example" }],
      });
    }
  });

  it("leaves out deactivated accounts", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const evaluator = await evaluatorNamed("Ancienne Évaluatrice", "ancienne@eval.example");
    await t.app.inject({
      method: "PATCH",
      url: `/api/users/${evaluator.id}`,
      headers: admin.headers,
      payload: { isActive: false },
    });
    const response = await t.app.inject({ url: "/api/evaluators?q=ancienne", headers: admin.headers });
    expect(response.json().items).toEqual([]);
  });

  it("refuses a search of fewer than two characters, naming the field", async () => {
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer" });
    const response = await t.app.inject({ url: "/api/evaluators?q=a", headers: officer.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.q.code).toBe("TOO_SHORT");
  });

  it("lets the officer accredit the evaluator found", async () => {
    const branch = await buildBranch(t.ctx);
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] });
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    const adoption = { version: 1, decisionDate: "2020-01-01", agreementReference: "CPNE", modules: [] };
    await recordAdoption(t.ctx, {
      caller: platform,
      branchCode: branch.code,
      code: qualificationCode,
      input: adoption,
    });
    await evaluatorNamed("Céline Roux", "c.roux@eval.example");
    const found = (await t.app.inject({ url: "/api/evaluators?q=celine", headers: officer.headers })).json();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/accreditations",
      headers: officer.headers,
      payload: {
        evaluatorUserId: found.items[0].userId,
        qualificationCode,
        branchCode: branch.code,
        validFrom: "2026-01-01",
        validUntil: "2027-01-01",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().evaluatorName).toBe("Céline Roux");
  });
});
