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
    {
      method: "GET",
      path: "/api/certificates/{number}/portability",
      url: () => "/api/certificates/NOPE-2026-00000000-0/portability?qualification=NOPE&branch=NOPE",
      allowed: "public",
    },
  ],
});
