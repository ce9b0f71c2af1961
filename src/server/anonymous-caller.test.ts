import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, type Caller, platform } from "../modules/accounts/caller.ts";
import { getUser, listUsers } from "../modules/accounts/list-users.ts";
import { createAssessment } from "../modules/assessments/create-assessment.ts";
import { openEvidenceFile } from "../modules/assessments/open-evidence-file.ts";
import { getAssessment, listAssessments } from "../modules/assessments/read-assessments.ts";
import { listAuditEvents } from "../modules/audit/list-audit-events.ts";
import { findCandidateInScope } from "../modules/candidates/find-candidate.ts";
import { listCandidates } from "../modules/candidates/list-candidates.ts";
import { generateIssuerKey } from "../modules/certificates/generate-issuer-key.ts";
import { issueCertificate } from "../modules/certificates/issue-certificate.ts";
import { listCertificates } from "../modules/certificates/list-certificates.ts";
import { getCompany } from "../modules/companies/get-company.ts";
import { listCompanies } from "../modules/companies/list-companies.ts";
import { listAccreditations } from "../modules/pathways/accreditations.ts";
import { getGapAnalysis, getPathway, listPathways } from "../modules/pathways/read-pathways.ts";
import { pathwayVisibility } from "../modules/pathways/visibility.ts";
import { buildBranch, buildCompany, buildPathway, signedIn } from "../test/factories.ts";
import { buildAward } from "../test/jury-factories.ts";
import { buildMultipart } from "../test/multipart.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

/**
 * An anonymous caller is never the platform: every scoped read, called as anonymous, finds nothing,
 * while the same read called as the platform finds what is there (so the test can fail).
 */
let t: TestApp;
let dataDir: string;
const ids = { pathway: 0, candidate: 0, company: 0, assessment: 0, evidence: 0, user: 0 };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-anonymous-"));
  t = await createTestApp({ dataDir });
  const branchCode = (await buildBranch(t.ctx)).code;
  ids.company = (await buildCompany(t.ctx, { branchCode })).id;
  const candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
  ids.user = candidate.user.id;
  const pathway = await buildPathway(t.ctx, {
    branchCode,
    candidate: { companyId: ids.company, userId: candidate.user.id },
  });
  ids.pathway = pathway.id;
  ids.candidate = pathway.candidateId;
  const input = { method: "booklet" as const, heldOn: "2026-03-02" };
  ids.assessment = (await createAssessment(t.ctx, { caller: platform, pathwayId: ids.pathway, input })).id;
  const body = buildMultipart([{ name: "file", fileName: "piece.pdf", data: Buffer.from("%PDF-1.7\n  ") }]);
  const upload = await t.app.inject({
    method: "POST",
    url: `/api/assessments/${ids.assessment}/evidence`,
    headers: { ...candidate.headers, ...body.headers },
    payload: body.payload,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  ids.evidence = upload.json().id;
  await generateIssuerKey(t.ctx, { caller: platform });
  const award = await buildAward(t.ctx, { candidate: { companyId: ids.company } });
  await issueCertificate(t.ctx, { award, caller: platform });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const page = { limit: 50, offset: 0 };

/** Each scoped read as a function of the caller, returning what it found (null: refused as not found). */
const reads: Record<string, (caller: Caller) => Promise<unknown[] | null>> = {
  "pathways: list": async (caller) => (await listPathways(t.ctx, { caller, query: page })).items,
  "pathways: one": (caller) =>
    one(getPathway(t.ctx, { caller, pathwayId: ids.pathway }), "PATHWAY_NOT_FOUND"),
  "pathways: gap analysis": (caller) =>
    one(getGapAnalysis(t.ctx, { caller, pathwayId: ids.pathway }), "PATHWAY_NOT_FOUND"),
  "pathways: accreditations": (caller) => listAccreditations(t.ctx, { caller, filter: {} }),
  "pathways: visibility": (caller) =>
    t.ctx.db.selectFrom("pathways").select("id").where(pathwayVisibility(caller)).execute(),
  "candidates: list": async (caller) => (await listCandidates(t.ctx, { caller, query: page })).items,
  "candidates: one": (caller) =>
    one(findCandidateInScope(t.ctx, caller, ids.candidate), "CANDIDATE_NOT_FOUND"),
  "companies: list": async (caller) => (await listCompanies(t.ctx, { caller, query: page })).items,
  "companies: one": (caller) => one(getCompany(t.ctx, { caller, id: ids.company }), "COMPANY_NOT_FOUND"),
  "assessments: of a pathway": (caller) =>
    one(listAssessments(t.ctx, { caller, pathwayId: ids.pathway }), "PATHWAY_NOT_FOUND"),
  "assessments: one": (caller) =>
    one(getAssessment(t.ctx, { caller, assessmentId: ids.assessment }), "ASSESSMENT_NOT_FOUND"),
  "evidence: a file": (caller) =>
    one(
      openEvidenceFile(t.ctx, { caller, evidenceId: ids.evidence }).then((file) => {
        file.stream.destroy();
        return file;
      }),
      "EVIDENCE_NOT_FOUND",
    ),
  "users: list": async (caller) => (await listUsers(t.ctx, { caller, query: page })).items,
  "users: one": (caller) => one(getUser(t.ctx, { caller, id: ids.user }), "USER_NOT_FOUND"),
  "certificates: list": async (caller) => (await listCertificates(t.ctx, { caller, query: page })).items,
  "audit: events": async (caller) => (await listAuditEvents(t.ctx, { caller, query: page })).items,
};

/** A read of one thing: [it] when found, null when refused with the expected not-found code. */
async function one(read: Promise<unknown>, notFoundCode: string): Promise<unknown[] | null> {
  try {
    return [await read];
  } catch (error) {
    if ((error as { code?: string }).code === notFoundCode) return null;
    throw error;
  }
}

describe("an anonymous caller", () => {
  for (const [name, read] of Object.entries(reads)) {
    it(`finds nothing: ${name}`, async () => {
      const asPlatform = await read(platform);
      expect(asPlatform?.length ?? 0, "the platform sees the rows built for this test").toBeGreaterThan(0);
      const asAnonymous = await read(anonymous);
      expect(asAnonymous === null || asAnonymous.length === 0, JSON.stringify(asAnonymous)).toBe(true);
    });
  }
});
