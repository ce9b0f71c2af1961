import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("notifications", {
  setup: async () => ({}),
  cases: [{ method: "GET", path: "/api/outbox", url: () => "/api/outbox", allowed: ["admin"] }],
});
