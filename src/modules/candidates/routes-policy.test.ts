import { buildCandidate } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";

let n = 0;

describeRoutePolicies("candidates", {
  setup: async (world) => ({
    companyId: world.companyId,
    candidateId: (await buildCandidate(world.t.ctx, { companyId: world.companyId })).id,
  }),
  cases: [
    {
      method: "GET",
      path: "/api/candidates",
      url: () => "/api/candidates",
      allowed: ["admin", "branch_officer", "employer", "evaluator", "candidate"],
    },
    {
      method: "GET",
      path: "/api/candidates/{id}",
      url: (f) => `/api/candidates/${f.candidateId}`,
      allowed: ["admin", "branch_officer", "employer", "evaluator", "candidate"],
    },
    {
      method: "GET",
      path: "/api/me/candidate",
      url: () => "/api/me/candidate",
      allowed: ["candidate"],
    },
    {
      method: "POST",
      path: "/api/candidates",
      url: () => "/api/candidates",
      payload: (f) => ({
        birthName: `Policy${++n}`,
        firstNames: ["Sam"],
        birthDate: "1990-01-01",
        sex: "M",
        birthPostalCode: "59000",
        employmentStatus: "employee",
        companyId: f.companyId,
        hasPriorCertification: false,
      }),
      allowed: ["admin", "branch_officer", "employer"],
    },
    {
      method: "PATCH",
      path: "/api/candidates/{id}",
      url: (f) => `/api/candidates/${f.candidateId}`,
      payload: () => ({ phone: "0320000000" }),
      allowed: ["admin", "branch_officer", "employer"],
    },
  ],
});
