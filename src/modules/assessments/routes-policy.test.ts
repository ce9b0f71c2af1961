import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll } from "vitest";
import { buildPathway } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";
import { platform } from "../accounts/caller.ts";
import { createAssessment } from "./create-assessment.ts";
import { receiveFile } from "./evidence-store.ts";
import { uploadEvidence } from "./upload-evidence.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-assessments-policy-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const heldOn = "2026-03-02";

describeRoutePolicies("assessments", {
  config: { dataDir },
  // The world's evaluator is assigned to a pathway of the world's branch, whose candidate is the world's
  // candidate, employed by the world's company: every role that may act does so within its scope.
  setup: async ({ t, branch, companyId, users }) => {
    const pathway = await buildPathway(t.ctx, {
      branchCode: branch.code,
      candidate: { companyId, userId: users.get("candidate")!.id },
      evaluatorUserId: users.get("evaluator")!.id,
      status: "positioning",
    });
    const create = (method: "booklet" | "observation") =>
      createAssessment(t.ctx, { caller: platform, pathwayId: pathway.id, input: { method, heldOn } });
    const observation = await create("observation");
    const booklet = await create("booklet");
    const evidence = await uploadEvidence(t.ctx, {
      caller: platform,
      assessmentId: booklet.id,
      receive: async (dir) => ({
        file: await receiveFile(dir, Readable.from([Buffer.from("%PDF-1.7\n")]), "livret.pdf"),
        capacityCode: undefined,
      }),
    });
    return {
      pathwayId: pathway.id,
      observationId: observation.id,
      bookletId: booklet.id,
      evidenceId: evidence.id,
    };
  },
  cases: [
    {
      method: "POST",
      path: "/api/pathways/{id}/assessments",
      url: (f) => `/api/pathways/${f.pathwayId}/assessments`,
      payload: () => ({ method: "booklet", heldOn }),
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate"],
    },
    {
      method: "GET",
      path: "/api/pathways/{id}/assessments",
      url: (f) => `/api/pathways/${f.pathwayId}/assessments`,
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
    },
    {
      method: "GET",
      path: "/api/assessments/{id}",
      url: (f) => `/api/assessments/${f.observationId}`,
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
    },
    {
      method: "PUT",
      path: "/api/assessments/{id}/scores",
      url: (f) => `/api/assessments/${f.observationId}/scores`,
      payload: () => ({
        revision: 0,
        scores: [{ capacityCode: "C1", criterionCode: "C1.1", score: "acquired", comment: "" }],
      }),
      allowed: ["admin", "branch_officer", "evaluator"],
    },
    {
      method: "PUT",
      path: "/api/assessments/{id}/entries",
      url: (f) => `/api/assessments/${f.bookletId}/entries`,
      payload: () => ({ revision: 0, entries: [{ capacityCode: "C1", text: "Je règle la presse." }] }),
      allowed: ["admin", "evaluator", "employer", "candidate"],
    },
    {
      method: "POST",
      path: "/api/assessments/{id}/submit",
      url: (f) => `/api/assessments/${f.bookletId}/submit`,
      payload: () => ({ revision: 0 }),
      allowed: ["employer", "candidate"],
    },
    {
      method: "PUT",
      path: "/api/assessments/{id}/judgements",
      url: (f) => `/api/assessments/${f.bookletId}/judgements`,
      payload: () => ({ revision: 0, judgements: [{ capacityCode: "C1", judgement: "acquired" }] }),
      allowed: ["admin", "branch_officer", "evaluator"],
    },
    {
      method: "POST",
      path: "/api/assessments/{id}/close",
      url: (f) => `/api/assessments/${f.observationId}/close`,
      allowed: ["admin", "branch_officer", "evaluator"],
    },
    {
      method: "POST",
      path: "/api/assessments/{id}/evidence",
      url: (f) => `/api/assessments/${f.bookletId}/evidence`,
      // A JSON body: callers the policy admits get past the access check and are told to send a form.
      payload: () => ({}),
      allowed: ["admin", "evaluator", "employer", "candidate"],
    },
    {
      method: "GET",
      path: "/api/evidence/{id}",
      url: (f) => `/api/evidence/${f.evidenceId}`,
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
    },
    {
      // The platform uploaded the file: the candidate passes the access check, then is refused as not its uploader.
      method: "DELETE",
      path: "/api/evidence/{id}",
      url: (f) => `/api/evidence/${f.evidenceId}`,
      allowed: ["candidate"],
    },
  ],
});
