import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("portability", {
  setup: async () => ({}),
  cases: [
    {
      method: "GET",
      path: "/api/portability",
      url: () => "/api/portability?qualificationFrom=NOPE&qualification=NOPE&branch=NOPE",
      allowed: "public",
    },
  ],
});
