import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("audit", {
  setup: async () => ({}),
  cases: [
    { method: "GET", path: "/api/audit", url: () => "/api/audit", allowed: ["admin"] },
    { method: "GET", path: "/api/audit/verify", url: () => "/api/audit/verify", allowed: ["admin"] },
  ],
});
