import { describeRoutePolicies } from "../../test/route-policy.ts";

let n = 0;
const end = { qualificationCode: "NOPE", version: 1, itemCode: "C1" };

describeRoutePolicies("correspondences", {
  setup: async () => ({}),
  cases: [
    { method: "GET", path: "/api/correspondences", url: () => "/api/correspondences", allowed: "public" },
    {
      method: "POST",
      path: "/api/correspondences",
      url: () => "/api/correspondences",
      payload: () => ({ from: end, to: end, kind: "exact", decisionId: 1 }),
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/external-certifications",
      url: () => "/api/external-certifications",
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/external-certifications",
      url: () => "/api/external-certifications",
      payload: () => ({ code: `CQP-${++n}`, title: "CQP", blocks: [{ code: "B1", title: "Bloc" }] }),
      allowed: ["admin"],
    },
  ],
});
