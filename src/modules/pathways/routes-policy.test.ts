import { buildCandidate, buildPublishedVersion } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";
import { platform } from "../accounts/caller.ts";
import { recordAdoption } from "../referentials/record-adoption.ts";
import { registerPathway } from "./register-pathway.ts";

describeRoutePolicies("pathways", {
  setup: async ({ t, branch, companyId, users }) => {
    const { qualificationCode } = await buildPublishedVersion(t.ctx);
    const adoption = { version: 1, decisionDate: "2020-01-01", agreementReference: "CPNE", modules: [] };
    await recordAdoption(t.ctx, {
      caller: platform,
      branchCode: branch.code,
      code: qualificationCode,
      input: adoption,
    });
    const candidateId = (await buildCandidate(t.ctx, { companyId, userId: users.get("candidate")!.id })).id;
    const input = { candidateId, qualificationCode, branchCode: branch.code, route: "training" as const };
    const pathwayId = await registerPathway(t.ctx, { caller: platform, input });
    return {
      pathwayId,
      candidateId,
      qualificationCode,
      branchCode: branch.code,
      evaluatorId: users.get("evaluator")!.id,
    };
  },
  cases: [
    {
      method: "POST",
      path: "/api/pathways",
      url: () => "/api/pathways",
      payload: (f) => ({
        candidateId: f.candidateId,
        qualificationCode: f.qualificationCode,
        branchCode: f.branchCode,
        route: "mixed",
      }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/pathways",
      url: () => "/api/pathways",
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
    },
    {
      method: "GET",
      path: "/api/pathways/{id}",
      url: (f) => `/api/pathways/${f.pathwayId}`,
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
    },
    {
      method: "GET",
      path: "/api/pathways/{id}/gap-analysis",
      url: (f) => `/api/pathways/${f.pathwayId}/gap-analysis`,
      allowed: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
    },
    {
      method: "POST",
      path: "/api/pathways/{id}/transitions",
      url: (f) => `/api/pathways/${f.pathwayId}/transitions`,
      payload: () => ({ event: "withdraw" }),
      allowed: ["admin", "branch_officer", "evaluator"],
    },
    {
      method: "PUT",
      path: "/api/pathways/{id}/evaluator",
      url: (f) => `/api/pathways/${f.pathwayId}/evaluator`,
      payload: (f) => ({ evaluatorUserId: f.evaluatorId }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/pathways/{id}/training-plan",
      url: (f) => `/api/pathways/${f.pathwayId}/training-plan`,
      payload: () => ({
        organisation: "Tutorat",
        plannedHours: 35,
        startDate: "2026-04-01",
        endDate: "2026-05-01",
        trainerName: "Tuteur",
      }),
      allowed: ["admin", "branch_officer", "employer"],
    },
    {
      method: "GET",
      path: "/api/accreditations",
      url: () => "/api/accreditations",
      allowed: ["admin", "branch_officer", "evaluator"],
    },
    {
      method: "GET",
      path: "/api/evaluators",
      url: () => "/api/evaluators?q=test",
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/accreditations",
      url: () => "/api/accreditations",
      payload: (f) => ({
        evaluatorUserId: f.evaluatorId,
        qualificationCode: f.qualificationCode,
        branchCode: f.branchCode,
        validFrom: "2026-01-01",
        validUntil: "2027-01-01",
      }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "DELETE",
      path: "/api/accreditations/{id}",
      url: () => "/api/accreditations/999999",
      allowed: ["admin", "branch_officer"],
    },
  ],
});
