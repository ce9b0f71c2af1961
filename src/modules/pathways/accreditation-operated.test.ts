import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildBranch,
  buildPublishedVersion,
  buildQualification,
  buildUser,
  signedIn,
} from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { recordAdoption } from "../referentials/record-adoption.ts";

let t: TestApp;
let officer: Awaited<ReturnType<typeof signedIn>>;
let branchCode: string;
let operated: string;
let evaluatorUserId: number;

beforeEach(async () => {
  t = await createTestApp();
  branchCode = (await buildBranch(t.ctx)).code;
  operated = (await buildPublishedVersion(t.ctx)).qualificationCode;
  await recordAdoption(t.ctx, {
    caller: platform,
    branchCode,
    code: operated,
    input: { version: 1, decisionDate: "2020-01-01", agreementReference: "CPNE 2020-1", modules: [] },
  });
  officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branchCode] });
  evaluatorUserId = (await buildUser(t.ctx, { role: "evaluator" })).id;
});
afterEach(() => t.close());

const accredit = (qualificationCode: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/accreditations",
    headers: officer.headers,
    payload: {
      evaluatorUserId,
      qualificationCode,
      branchCode,
      validFrom: "2026-01-01",
      validUntil: "2027-01-01",
    },
  });
const written = async () => ({
  accreditations: (await t.ctx.db.selectFrom("accreditations").select("id").execute()).length,
  audit: (
    await t.ctx.db
      .selectFrom("audit_events")
      .select("seq")
      .where("action", "=", "accreditation.create")
      .execute()
  ).length,
});

describe("accrediting an evaluator for a CQPI", () => {
  it("refuses a CQPI the branch does not operate, naming the field, and writes nothing", async () => {
    const elsewhere = (await buildQualification(t.ctx)).code;
    const response = await accredit(elsewhere);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: "QUALIFICATION_NOT_OPERATED",
      params: { branchCode, qualificationCode: elsewhere },
      fields: { qualificationCode: { code: "NOT_OPERATED_BY_BRANCH" } },
    });
    expect(await written()).toEqual({ accreditations: 0, audit: 0 });
  });

  it("accredits for a CQPI the branch operates", async () => {
    const response = await accredit(operated);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ qualificationCode: operated, branchCode, isValidToday: true });
    expect(await written()).toEqual({ accreditations: 1, audit: 1 });
  });
});
