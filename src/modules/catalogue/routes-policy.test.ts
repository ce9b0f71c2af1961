import { buildQualification } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";

let n = 0;

describeRoutePolicies("catalogue", {
  setup: async (world) => ({
    branch: world.branch.code,
    qualification: (await buildQualification(world.t.ctx)).code,
  }),
  cases: [
    { method: "GET", path: "/api/branches", url: () => "/api/branches", allowed: "public" },
    {
      method: "GET",
      path: "/api/branches/{code}",
      url: (f) => `/api/branches/${f.branch}`,
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/branches",
      url: () => "/api/branches",
      payload: () => ({ code: `NB${++n}`, name: "Nouvelle", federation: "F" }),
      allowed: ["admin"],
    },
    {
      method: "PATCH",
      path: "/api/branches/{code}",
      url: (f) => `/api/branches/${f.branch}`,
      payload: () => ({ description: "d" }),
      allowed: ["admin", "branch_officer"],
    },
    { method: "GET", path: "/api/qualifications", url: () => "/api/qualifications", allowed: "public" },
    {
      method: "GET",
      path: "/api/qualifications/{code}",
      url: (f) => `/api/qualifications/${f.qualification}`,
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/qualifications",
      url: () => "/api/qualifications",
      payload: () => ({ code: `NQ${++n}`, title: "Nouveau CQPI" }),
      allowed: ["admin"],
    },
    {
      method: "PATCH",
      path: "/api/qualifications/{code}",
      url: (f) => `/api/qualifications/${f.qualification}`,
      payload: () => ({ title: "T" }),
      allowed: ["admin"],
    },
    {
      method: "PUT",
      path: "/api/branches/{code}/qualifications/{qualificationCode}",
      url: (f) => `/api/branches/${f.branch}/qualifications/${f.qualification}`,
      payload: () => ({ operatedSince: "2012-01-01", note: "" }),
      allowed: ["admin"],
    },
    {
      method: "DELETE",
      path: "/api/branches/{code}/qualifications/{qualificationCode}",
      url: (f) => `/api/branches/${f.branch}/qualifications/${f.qualification}`,
      allowed: ["admin"],
    },
  ],
});
