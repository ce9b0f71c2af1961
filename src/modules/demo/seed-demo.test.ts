import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInAs } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { createCandidateInput } from "../candidates/schemas.ts";
import { pathwayStatuses } from "../pathways/rules.ts";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";
import { seedDemoCertificates } from "./seed-demo-certificates.ts";

let t: TestApp;
beforeAll(async () => {
  // Every demo account logs in here, more than one address may in a minute.
  t = await createTestApp({ login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 500 } });
  await seedDemo(t.ctx);
});
afterAll(() => t.close());

describe("demo data", () => {
  it("passes the platform's own validation when each value is typed back", async () => {
    const admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
    const companies = (await t.app.inject({ url: "/api/companies?limit=100", headers: admin })).json().items;
    expect(companies.length).toBe(8);
    for (const company of companies) {
      const typedBack = await t.app.inject({
        method: "POST",
        url: "/api/companies",
        headers: admin,
        payload: { name: `${company.name} bis`, siret: company.siret, branchCode: company.branchCode },
      });
      // Valid input, refused only because the demo company already holds this SIRET.
      expect([company.siret, typedBack.json().error.code]).toEqual([company.siret, "SIRET_TAKEN"]);
    }
    const candidates = (await t.app.inject({ url: "/api/candidates?limit=100", headers: admin })).json()
      .items;
    expect(candidates.length).toBeGreaterThan(30);
    for (const { id, displayName, companyName, createdAt, updatedAt, ...fields } of candidates) {
      const parsed = createCandidateInput.safeParse(fields);
      expect([displayName, parsed.success ? null : parsed.error.issues]).toEqual([displayName, null]);
    }
  });

  it("holds the 16 branches and partner of the source document and its 9 CQPIs", async () => {
    const branches = (await t.app.inject({ url: "/api/branches?limit=200" })).json();
    expect(branches.total).toBe(16);
    expect(
      branches.items.filter((b: { isPartner: boolean }) => b.isPartner).map((b: { code: string }) => b.code),
    ).toEqual(["PRISME"]);
    const qualifications = (await t.app.inject({ url: "/api/qualifications" })).json();
    expect(qualifications.items.map((q: { code: string }) => q.code).sort()).toEqual([
      "AE",
      "AL",
      "CEI",
      "OMI",
      "OQ",
      "TMI",
      "TQ",
      "VCAD",
      "VCM",
    ]);
    const cei = (await t.app.inject({ url: "/api/qualifications/CEI" })).json();
    expect(cei.branches.length).toBeGreaterThan(3);
    expect(cei.branches.every((b: { note: string }) => b.note === "Données de démonstration")).toBe(true);
  });

  it("has every branch and the partner adhered through the committee's decisions, on the timeline's dates", async () => {
    const branches = (await t.app.inject({ url: "/api/branches?limit=200" })).json().items as {
      code: string;
      charterAdhesionDate: string | null;
    }[];
    const adheredBy = (date: string) => branches.filter((b) => b.charterAdhesionDate! <= date).length;
    expect(branches.every((b) => b.charterAdhesionDate !== null)).toBe(true);
    expect(adheredBy("2006-01-31")).toBe(4);
    expect(adheredBy("2009-07-31")).toBe(12);
    expect(adheredBy("2012-09-30")).toBe(14);
    expect(adheredBy("2012-12-31")).toBe(16);
    const history = (await t.app.inject({ url: "/api/branches/FFM/adhesion-requests" })).json();
    expect(history).toMatchObject({
      charterAdhesionDate: "2012-12-06",
      items: [{ status: "accepted", decidedOn: "2012-12-06", opinion: { employer: "favourable" } }],
    });
    const bodies = (await t.app.inject({ url: "/api/bodies" })).json().items as {
      kind: string;
      decisionCount: number;
    }[];
    expect(bodies.filter((b) => b.kind === "cpne")).toHaveLength(15);
    // The 16 adhesions, then the committee's 3 recognitions of correspondences (seed-demo-interbranch.ts).
    expect(bodies.find((b) => b.kind === "national_committee")?.decisionCount).toBe(16 + 3);
  });

  it("publishes a referential for each CQPI and records the branches' adoptions with their modules", async () => {
    for (const code of ["AE", "AL", "CEI", "OMI", "OQ", "TMI", "TQ", "VCAD", "VCM"]) {
      const versions = (await t.app.inject({ url: `/api/qualifications/${code}/versions` })).json().items;
      expect(versions).toEqual([expect.objectContaining({ version: 1, status: "published" })]);
    }
    const cei = (await t.app.inject({ url: "/api/qualifications/CEI/versions/1" })).json();
    expect(cei.blocks[0].capacities[0].title).toBe(
      "Approvisionner et préparer les installations, machines et accessoires",
    );
    const leem = (await t.app.inject({ url: "/api/branches/LEEM/qualifications/CEI/referential" })).json();
    expect(leem.adoption.modules.length).toBeGreaterThan(0);
  });

  it("dates each CQPI's history in order: created, its referential published, then operated and adopted", async () => {
    const qualifications = (await t.app.inject({ url: "/api/qualifications" })).json().items as {
      code: string;
      createdOn: string;
    }[];
    for (const { code, createdOn } of qualifications) {
      const [version] = (await t.app.inject({ url: `/api/qualifications/${code}/versions` })).json().items;
      // Written and published the day the CQPI was created (2006–2012), not when the demo was loaded.
      expect([code, version.createdAt.slice(0, 10), version.publishedAt.slice(0, 10)]).toEqual([
        code,
        createdOn,
        createdOn,
      ]);
      const adoptions = (await t.app.inject({ url: `/api/qualifications/${code}/adoptions` })).json()
        .items as {
        decisionDate: string;
        recordedAt: string;
      }[];
      for (const adoption of adoptions) {
        expect([code, adoption.decisionDate >= createdOn]).toEqual([code, true]);
        expect(adoption.recordedAt.slice(0, 10)).toBe(adoption.decisionDate);
      }
      const detail = (await t.app.inject({ url: `/api/qualifications/${code}` })).json();
      for (const branch of detail.branches as { code: string; operatedSince: string }[])
        expect([code, branch.code, branch.operatedSince >= createdOn]).toEqual([code, branch.code, true]);
    }
  });

  it("has one account per role that logs in with the demo password", async () => {
    for (const account of demoAccounts) {
      const session = await logInAs(t.app, account.email, DEMO_PASSWORD);
      const me = (await t.app.inject({ url: "/api/me", headers: session })).json();
      expect(me.role).toBe(account.role);
    }
    const officer = await logInAs(t.app, "branch.uimm@demo.example", DEMO_PASSWORD);
    expect((await t.app.inject({ url: "/api/me", headers: officer })).json().branchCodes).toEqual(["UIMM"]);
  });

  it("generates the issuer's signing key, so that certificates can be issued at once", async () => {
    const did = (await t.app.inject({ url: "/.well-known/did.json" })).json();
    expect(did.assertionMethod).toHaveLength(1);
    expect((await t.app.inject({ url: "/api/status-lists/1" })).json().type).toContain(
      "BitstringStatusListCredential",
    );
  });

  it("issues the certificates of the demo juries' awards, full and partial, once", async () => {
    const admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
    const list = (await t.app.inject({ url: "/api/certificates?limit=200", headers: admin })).json();
    const awarded = async (status: string) =>
      (await t.app.inject({ url: `/api/pathways?status=${status}&limit=200`, headers: admin })).json().total;
    expect(list.total).toBe((await awarded("awarded")) + (await awarded("partially_awarded")));
    expect(list.items.map((c: { kind: string }) => c.kind).sort()).toContain("partial");
    expect(list.items.map((c: { kind: string }) => c.kind)).toContain("full");
    const row = await t.ctx.db
      .selectFrom("certificates")
      .select("credential_json")
      .where("number", "=", list.items[0].number)
      .executeTakeFirstOrThrow();
    const verdict = await t.app.inject({
      method: "POST",
      url: "/api/verify",
      payload: { credential: JSON.parse(row.credential_json) },
    });
    expect(verdict.json().verdict).toBe("valid");
    await seedDemoCertificates(t.ctx);
    expect((await t.app.inject({ url: "/api/certificates", headers: admin })).json().total).toBe(list.total);
  });

  it("audits what it writes and does nothing the second time", async () => {
    expect((await verifyAuditChain(t.ctx.db)).isIntact).toBe(true);
    expect(await seedDemo(t.ctx)).toEqual({ isSeeded: false, accounts: [] });
    expect((await t.app.inject({ url: "/api/branches" })).json().total).toBe(16);
  });
});

describe("demo pathways", () => {
  it("spreads at least 30 pathways over every status, branches, CQPIs and routes", async () => {
    const admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
    const list = (await t.app.inject({ url: "/api/pathways?limit=200", headers: admin })).json();
    expect(list.total).toBeGreaterThanOrEqual(30);
    const statuses = new Set(list.items.map((p: { status: string }) => p.status));
    expect([...statuses].sort()).toEqual([...pathwayStatuses].sort());
    expect(new Set(list.items.map((p: { branchCode: string }) => p.branchCode)).size).toBeGreaterThan(4);
    expect(new Set(list.items.map((p: { route: string }) => p.route))).toEqual(
      new Set(["training", "experience", "mixed"]),
    );
  });

  it("has a CEI holder of LEEM now in an Alliance 7 cannery, whose pathway there starts from the certificate", async () => {
    const admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
    const list = (
      await t.app.inject({
        url: "/api/pathways?branchCode=ALLIANCE7&qualificationCode=CEI&status=registered&limit=50",
        headers: admin,
      })
    ).json();
    const pages = await Promise.all(
      list.items.map(async (p: { id: number }) =>
        (await t.app.inject({ url: `/api/pathways/${p.id}`, headers: admin })).json(),
      ),
    );
    const moved = pages.filter((p) => p.carriedOver.length > 0);
    expect(moved).toHaveLength(1);
    expect(
      moved[0].carriedOver.every(
        (c: { certificate: { branchCode: string } }) => c.certificate.branchCode === "LEEM",
      ),
    ).toBe(true);
    expect(moved[0].gaps.length).toBeGreaterThan(0);
    expect(
      moved[0].gaps.every((g: { blockCode: string }) =>
        moved[0].referential.moduleCodes.includes(g.blockCode),
      ),
    ).toBe(true);
  });

  it("gives the demo candidate a pathway in progress that the demo evaluator follows", async () => {
    const candidate = await logInAs(t.app, "candidate@demo.example", DEMO_PASSWORD);
    const own = (await t.app.inject({ url: "/api/pathways", headers: candidate })).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ status: "positioning" });
    const evaluator = await logInAs(t.app, "evaluator@demo.example", DEMO_PASSWORD);
    const me = (await t.app.inject({ url: "/api/me", headers: evaluator })).json();
    const worklist = (
      await t.app.inject({ url: `/api/pathways?evaluatorUserId=${me.id}&limit=200`, headers: evaluator })
    ).json();
    expect(worklist.items.map((p: { id: number }) => p.id)).toContain(own.items[0].id);
    const assessments = (
      await t.app.inject({ url: `/api/pathways/${own.items[0].id}/assessments`, headers: evaluator })
    ).json();
    expect(assessments.items.map((a: { method: string; status: string }) => [a.method, a.status])).toEqual(
      expect.arrayContaining([
        ["booklet", "open"],
        ["observation", "open"],
      ]),
    );
  });

  it("leaves the demo candidate's booklet half written, for them to finish and submit", async () => {
    const candidate = await logInAs(t.app, "candidate@demo.example", DEMO_PASSWORD);
    const [pathway] = (await t.app.inject({ url: "/api/pathways", headers: candidate })).json().items;
    const assessments = (
      await t.app.inject({ url: `/api/pathways/${pathway.id}/assessments`, headers: candidate })
    ).json().items as { method: string; capacityCodes: string[]; entries: unknown[]; submittedAt: null }[];
    const booklet = assessments.find((a) => a.method === "booklet")!;
    expect(booklet.capacityCodes.length).toBeGreaterThanOrEqual(4);
    expect(booklet.entries).toHaveLength(Math.ceil(booklet.capacityCodes.length / 2));
    expect(booklet.submittedAt).toBeNull();
  });

  it("shows the branch an expired accreditation, which cannot be used to assign", async () => {
    const officer = await logInAs(t.app, "branch.uimm@demo.example", DEMO_PASSWORD);
    const list = (
      await t.app.inject({ url: "/api/accreditations?qualificationCode=CEI", headers: officer })
    ).json();
    const expired = list.items.find((a: { isValidToday: boolean }) => !a.isValidToday);
    expect(expired).toMatchObject({ branchCode: "UIMM", validUntil: "2025-08-31" });
    const registered = (
      await t.app.inject({ url: "/api/pathways?status=registered&qualificationCode=CEI", headers: officer })
    ).json().items[0];
    const refused = await t.app.inject({
      method: "PUT",
      url: `/api/pathways/${registered.id}/evaluator`,
      headers: officer,
      payload: { evaluatorUserId: expired.evaluatorUserId },
    });
    expect(refused.json().error).toMatchObject({
      code: "EVALUATOR_NOT_ACCREDITED",
      params: { reason: "expired", until: "2025-08-31" },
    });
  });

  it("records real scores: pathways at the jury are at level, those in training have gaps", async () => {
    const admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
    const byStatus = async (status: string) =>
      (await t.app.inject({ url: `/api/pathways?status=${status}&limit=200`, headers: admin })).json().items;
    for (const pathway of await byStatus("ready_for_jury")) {
      const gaps = (
        await t.app.inject({ url: `/api/pathways/${pathway.id}/gap-analysis`, headers: admin })
      ).json();
      expect(gaps.isAtLevel).toBe(true);
    }
    for (const pathway of await byStatus("in_training")) {
      const gaps = (
        await t.app.inject({ url: `/api/pathways/${pathway.id}/gap-analysis`, headers: admin })
      ).json();
      expect(gaps.isAtLevel).toBe(false);
      expect(gaps.gaps.length).toBeGreaterThan(0);
    }
  });
});

describe("demo juries", () => {
  it("closed sessions in several branches awarded, partially awarded, refused and deferred, with minutes", async () => {
    const admin = await logInAs(t.app, "admin@demo.example", DEMO_PASSWORD);
    const closed = (await t.app.inject({ url: "/api/jury-sessions?status=closed", headers: admin })).json();
    expect(new Set(closed.items.map((s: { branchCode: string }) => s.branchCode))).toEqual(
      new Set(["LEEM", "ALLIANCE7", "FCD", "UCV"]),
    );
    const decisions = await t.ctx.db
      .selectFrom("jury_decisions")
      .select(["decision", "is_by_default_rule"])
      .execute();
    expect(decisions.map((d) => d.decision).sort()).toEqual([
      "award",
      "award",
      "deferral",
      "partial_award",
      "refusal",
    ]);
    expect(decisions.find((d) => d.decision === "deferral")?.is_by_default_rule).toBe(1);
    const minutes = await t.app.inject({
      url: `/api/jury-sessions/${closed.items[0].id}/minutes.pdf`,
      headers: admin,
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers["content-type"]).toBe("application/pdf");
  });

  it("seats the two demo jury members in a sitting UIMM session, where the employer member can vote at once", async () => {
    const member = await logInAs(t.app, "jury.employer@demo.example", DEMO_PASSWORD);
    const sessions = (
      await t.app.inject({ url: "/api/jury-sessions?branchCode=UIMM", headers: member })
    ).json();
    expect(sessions.items).toHaveLength(1);
    const session = (
      await t.app.inject({ url: `/api/jury-sessions/${sessions.items[0].id}`, headers: member })
    ).json();
    expect(session).toMatchObject({ status: "in_progress", quorum: { hasQuorum: true } });
    expect(session.members.map((m: { college: string }) => m.college).sort()).toEqual([
      "employee",
      "employer",
    ]);
    expect(session.agenda.length).toBeGreaterThanOrEqual(2);
    const vote = await t.app.inject({
      method: "POST",
      url: `/api/jury-sessions/${session.id}/deliberations/${session.agenda[0].pathwayId}/votes`,
      headers: member,
      payload: { decision: "award" },
    });
    expect(vote.statusCode, vote.body).toBe(201);
  });
});
