import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildPublishedVersion, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterEach(() => t.close());

const votes = (employer: number[], employee: number[]) => ({
  employer: { for: employer[0], against: employer[1], abstain: employer[2] },
  employee: { for: employee[0], against: employee[1], abstain: employee[2] },
});

async function nationalCommittee() {
  const list = await t.app.inject({ url: "/api/bodies" });
  return list.json().items.find((b: { code: string }) => b.code === "COMITE-CQPI") as { id: number };
}

describe("bodies", () => {
  it("lists the two national bodies from the start, then each CPNE the secretariat adds, in a stable order", async () => {
    const branch = await buildBranch(t.ctx, { code: "UIMM", name: "Métallurgie" });
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/bodies",
      headers: admin.headers,
      payload: { branchCode: branch.code },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: "CPNE-UIMM", kind: "cpne", name: "CPNE Métallurgie" });
    const again = await t.app.inject({
      method: "POST",
      url: "/api/bodies",
      headers: admin.headers,
      payload: { branchCode: branch.code },
    });
    expect(again.json().error).toMatchObject({ code: "BODY_EXISTS", params: { branchCode: "UIMM" } });

    const textile = await buildBranch(t.ctx, { code: "ATEX", name: "Textile" });
    await t.app.inject({
      method: "POST",
      url: "/api/bodies",
      headers: admin.headers,
      payload: { branchCode: textile.code },
    });

    // The national committee, the COC, then the CPNEs by their branch's name (not by code).
    const list = await t.app.inject({ url: "/api/bodies" });
    expect(list.json().items.map((b: { code: string }) => b.code)).toEqual([
      "COMITE-CQPI",
      "COC",
      "CPNE-UIMM",
      "CPNE-ATEX",
    ]);
  });

  it("adds members with their college, organisation and mandate; a branch officer only to their CPNE", async () => {
    const [mine, other] = [await buildBranch(t.ctx), await buildBranch(t.ctx)];
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [mine.code] });
    const cpne = async (code: string) =>
      (
        await t.app.inject({
          method: "POST",
          url: "/api/bodies",
          headers: admin.headers,
          payload: { branchCode: code },
        })
      ).json();
    const [myCpne, otherCpne] = [await cpne(mine.code), await cpne(other.code)];
    const member = {
      fullName: "Claire Dubois",
      college: "employee",
      organisation: "CFDT",
      mandateStart: "2025-01-01",
      mandateEnd: "2027-12-31",
    };
    const added = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${myCpne.id}/members`,
      headers: officer.headers,
      payload: member,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ ...member, isSitting: true });

    const refused = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${otherCpne.id}/members`,
      headers: officer.headers,
      payload: member,
    });
    expect(refused.json().error.code).toBe("NOT_YOUR_BODY");
    const national = await nationalCommittee();
    const notNational = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${national.id}/members`,
      headers: officer.headers,
      payload: member,
    });
    expect(notNational.json().error.code).toBe("NOT_YOUR_BODY");
    const backwards = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${myCpne.id}/members`,
      headers: officer.headers,
      payload: { ...member, mandateEnd: "2024-12-31" },
    });
    expect(backwards.json().error.fields.mandateEnd.code).toBe("BEFORE_OTHER_DATE");

    const detail = await t.app.inject({ url: `/api/bodies/${myCpne.id}`, headers: officer.headers });
    expect(detail.json().members).toEqual([expect.objectContaining({ fullName: "Claire Dubois" })]);
    expect(
      (await t.app.inject({ url: `/api/bodies/${otherCpne.id}`, headers: officer.headers })).json().members,
    ).toEqual([]);
  });
});

describe("decisions register", () => {
  it("records a decision with its subject and votes per college; the outcome follows the colleges", async () => {
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const body = await nationalCommittee();
    const decide = (payload: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/bodies/${body.id}/decisions`,
        headers: admin.headers,
        payload,
      });
    const adopted = await decide({
      kind: "validate_version",
      decidedOn: "2026-02-10",
      title: "Validation du référentiel",
      qualificationCode,
      version: 1,
      votes: votes([6, 0, 1], [5, 1, 0]),
    });
    expect(adopted.statusCode).toBe(201);
    expect(adopted.json()).toMatchObject({
      kind: "validate_version",
      qualificationCode,
      version: 1,
      outcome: "adopted",
      votes: votes([6, 0, 1], [5, 1, 0]),
    });
    const rejected = await decide({
      kind: "retire_qualification",
      decidedOn: "2026-02-11",
      title: "Retrait",
      qualificationCode,
      votes: votes([6, 0, 0], [1, 5, 0]),
    });
    expect(rejected.json().outcome).toBe("rejected");

    const register = await t.app.inject({ url: `/api/bodies/${body.id}/decisions`, headers: admin.headers });
    expect(register.json().items.map((d: { decidedOn: string }) => d.decidedOn)).toEqual([
      "2026-02-11",
      "2026-02-10",
    ]);
    expect((await t.app.inject({ url: "/api/bodies" })).json().items).toContainEqual(
      expect.objectContaining({ code: "COMITE-CQPI", decisionCount: 2 }),
    );
  });

  it("refuses a decision without its subject, on an unknown version, or of a kind the body does not take", async () => {
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const bodies = (await t.app.inject({ url: "/api/bodies" })).json().items as {
      id: number;
      code: string;
    }[];
    const coc = bodies.find((b) => b.code === "COC")!;
    const base = { decidedOn: "2026-02-10", title: "Décision", votes: votes([1, 0, 0], [1, 0, 0]) };
    const decide = (payload: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/bodies/${coc.id}/decisions`,
        headers: admin.headers,
        payload,
      });

    const noCqpi = await decide({ ...base, kind: "create_qualification" });
    expect(noCqpi.json().error.fields.qualificationCode).toMatchObject({
      code: "DECISION_SUBJECT_REQUIRED",
      params: { kind: "create_qualification" },
    });
    const noVersion = await decide({ ...base, kind: "publish_version", qualificationCode });
    expect(noVersion.json().error.fields.version.code).toBe("DECISION_SUBJECT_REQUIRED");
    const unknownVersion = await decide({ ...base, kind: "publish_version", qualificationCode, version: 9 });
    expect(unknownVersion.json().error.code).toBe("VERSION_NOT_FOUND");
    const adhesion = await decide({ ...base, kind: "accept_adhesion", adhesionRequestId: 1 });
    expect(adhesion.json().error).toMatchObject({
      code: "DECISION_NOT_FOR_THIS_BODY",
      params: { kind: "accept_adhesion", bodyKind: "coc" },
    });
    const negative = await decide({
      ...base,
      kind: "recognise_correspondence",
      votes: votes([-1, 0, 0], [1, 0, 0]),
    });
    expect(negative.json().error.fields["votes.employer.for"].code).toBe("TOO_SMALL");
    expect(
      (await t.app.inject({ url: `/api/bodies/${coc.id}/decisions`, headers: admin.headers })).json().items,
    ).toEqual([]);
  });
});
