import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("personal-data", {
  setup: async () => ({}),
  cases: [
    {
      method: "GET",
      path: "/api/me/personal-data",
      url: () => "/api/me/personal-data",
      allowed: ["candidate"],
    },
  ],
});
