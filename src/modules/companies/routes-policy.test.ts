import { buildSiret } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("companies", {
  setup: async (world) => ({ companyId: world.companyId, branch: world.branch.code }),
  cases: [
    {
      method: "GET",
      path: "/api/companies",
      url: () => "/api/companies",
      allowed: ["admin", "branch_officer", "employer"],
    },
    {
      method: "GET",
      path: "/api/companies/{id}",
      url: (f) => `/api/companies/${f.companyId}`,
      allowed: ["admin", "branch_officer", "employer"],
    },
    {
      method: "POST",
      path: "/api/companies",
      url: () => "/api/companies",
      payload: (f) => ({ name: "Nouvelle", siret: buildSiret(), branchCode: f.branch }),
      allowed: ["admin", "branch_officer"],
    },
  ],
});
