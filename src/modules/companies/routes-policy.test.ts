import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("companies", {
  setup: async () => ({}),
  cases: [
    {
      method: "GET",
      path: "/api/companies",
      url: () => "/api/companies",
      allowed: ["admin", "branch_officer"],
    },
  ],
});
