import { describeRoutePolicies } from "../test/route-policy.ts";

describeRoutePolicies("platform", {
  setup: async () => ({}),
  cases: [{ method: "GET", path: "/api/health", url: () => "/api/health", allowed: "public" }],
});
