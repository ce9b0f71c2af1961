import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildPublishedVersion, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterEach(() => t.close());

const unanimous = {
  employer: { for: 4, against: 0, abstain: 0 },
  employee: { for: 5, against: 0, abstain: 0 },
};
const opposed = {
  employer: { for: 4, against: 0, abstain: 0 },
  employee: { for: 1, against: 4, abstain: 0 },
};

async function committeeId() {
  const list = await t.app.inject({ url: "/api/bodies" });
  return (list.json().items as { id: number; code: string }[]).find((b) => b.code === "COMITE-CQPI")!.id;
}

async function world() {
  const branch = await buildBranch(t.ctx, { code: "FFM", name: "Maroquinerie", charterAdhesionDate: null });
  const admin = await signedIn(t.app, t.ctx, { role: "admin" });
  const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] });
  const post = (url: string, headers: object, payload: object) =>
    t.app.inject({ method: "POST", url, headers: headers as Record<string, string>, payload });
  const request = (headers: object = officer.headers) =>
    post("/api/branches/FFM/adhesion-requests", headers, {
      requestedOn: "2012-09-24",
      motivation: "Maroquinerie",
    });
  const opinion = (id: number, employee = "favourable") =>
    post(`/api/adhesion-requests/${id}/opinion`, officer.headers, {
      givenOn: "2012-10-15",
      employer: "favourable",
      employee,
    });
  const decide = async (id: number, votes = unanimous, decidedOn = "2012-12-06") =>
    post(`/api/bodies/${await committeeId()}/decisions`, admin.headers, {
      kind: "accept_adhesion",
      decidedOn,
      title: "Adhésion de la Maroquinerie",
      adhesionRequestId: id,
      votes,
    });
  return { branch, admin, officer, request, opinion, decide };
}

describe("charter adhesion", () => {
  it("goes from the branch's request through the paritaire opinion to the committee's decision, dated in the catalogue", async () => {
    const w = await world();
    const requested = await w.request();
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ branchCode: "FFM", status: "requested", opinion: null });
    const id = requested.json().id;
    const opinion = await w.opinion(id);
    expect(opinion.json()).toMatchObject({
      status: "opinion_recorded",
      opinion: { givenOn: "2012-10-15", employer: "favourable", employee: "favourable" },
    });
    const decision = await w.decide(id);
    expect(decision.json()).toMatchObject({ kind: "accept_adhesion", outcome: "adopted", branchCode: "FFM" });

    expect((await t.app.inject({ url: "/api/branches/FFM" })).json().charterAdhesionDate).toBe("2012-12-06");
    const history = await t.app.inject({ url: "/api/branches/FFM/adhesion-requests" });
    expect(history.json()).toMatchObject({
      charterAdhesionDate: "2012-12-06",
      items: [{ id, status: "accepted", decisionId: decision.json().id, decidedOn: "2012-12-06" }],
    });
    const again = await w.request();
    expect(again.json().error).toMatchObject({
      code: "BRANCH_ALREADY_ADHERED",
      params: { branchCode: "FFM", adheredOn: "2012-12-06" },
    });
  });

  it("refuses on a rejected vote, keeps an unfavourable opinion from being accepted, and allows a new request after", async () => {
    const w = await world();
    const first = (await w.request()).json().id;
    expect((await w.request()).json().error.code).toBe("ADHESION_ALREADY_REQUESTED");
    expect((await w.decide(first)).json().error.code).toBe("ADHESION_NOT_AWAITING_DECISION");
    await w.opinion(first, "unfavourable");
    expect((await w.opinion(first)).json().error.code).toBe("ADHESION_NOT_AWAITING_OPINION");
    const accepted = await w.decide(first);
    expect(accepted.json().error.code).toBe("ADHESION_OPINION_NOT_FAVOURABLE");
    const early = await w.decide(first, opposed, "2012-10-01");
    expect(early.json().error.fields.decidedOn.code).toBe("BEFORE_OTHER_DATE");
    const refused = await w.decide(first, opposed);
    expect(refused.json().outcome).toBe("rejected");
    const history = await t.app.inject({ url: "/api/branches/FFM/adhesion-requests" });
    expect(history.json()).toMatchObject({ charterAdhesionDate: null, items: [{ status: "refused" }] });
    // Nothing of the refused decision attempts was written: one decision in the register.
    const register = await t.app.inject({
      url: `/api/bodies/${await committeeId()}/decisions`,
      headers: w.admin.headers,
    });
    expect(register.json().items).toHaveLength(1);
    expect((await w.request()).statusCode).toBe(201);
  });

  it("lets only the branch's own officer file and give the opinion", async () => {
    const w = await world();
    const stranger = await signedIn(t.app, t.ctx, {
      role: "branch_officer",
      branchCodes: [(await buildBranch(t.ctx)).code],
    });
    expect((await w.request(stranger.headers)).json().error.code).toBe("NOT_YOUR_BRANCH");
    const id = (await w.request()).json().id;
    const opinion = await t.app.inject({
      method: "POST",
      url: `/api/adhesion-requests/${id}/opinion`,
      headers: stranger.headers,
      payload: { givenOn: "2012-10-15", employer: "favourable", employee: "favourable" },
    });
    expect(opinion.json().error.code).toBe("NOT_YOUR_BRANCH");
  });

  it("decides an adhesion once when two decisions are recorded at the same time", async () => {
    const w = await world();
    const id = (await w.request()).json().id;
    await w.opinion(id);
    const answers = await Promise.all([w.decide(id), w.decide(id), w.decide(id)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    const register = await t.app.inject({
      url: `/api/bodies/${await committeeId()}/decisions`,
      headers: w.admin.headers,
    });
    expect(register.json().items).toHaveLength(1);
  });
});

describe("adoption requires the charter", () => {
  it("refuses an adoption by a branch that has not adhered, or dated before its adhesion", async () => {
    const w = await world();
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    const adopt = (decisionDate: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/branches/FFM/qualifications/${qualificationCode}/adoptions`,
        headers: w.admin.headers,
        payload: { version: 1, decisionDate, agreementReference: "CPNE FFM", modules: [] },
      });
    const before = await adopt("2013-01-10");
    expect(before.json().error).toMatchObject({
      code: "BRANCH_NOT_ADHERED",
      params: { branchCode: "FFM", decisionDate: "2013-01-10" },
    });
    const id = (await w.request()).json().id;
    await w.opinion(id);
    await w.decide(id);
    expect((await adopt("2012-11-30")).json().error).toMatchObject({
      code: "BRANCH_NOT_ADHERED",
      params: { adheredOn: "2012-12-06" },
    });
    expect((await adopt("2013-01-10")).statusCode).toBe(201);
  });
});
