import { describeRoutePolicies } from "../../test/route-policy.ts";

describeRoutePolicies("observatory", {
  setup: async () => ({}),
  cases: [
    {
      method: "GET",
      path: "/api/observatory/key-figures",
      url: () => "/api/observatory/key-figures",
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/observatory/awards",
      url: () => "/api/observatory/awards?groupBy=qualification,branch,year",
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/observatory/capacity-pass-rates",
      url: () => "/api/observatory/capacity-pass-rates?qualification=CQPI-X",
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/exports/cdc",
      url: () => "/api/exports/cdc?certification=RNCP00001",
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/exports/cdc/pending",
      url: () => "/api/exports/cdc/pending?certification=RNCP00001",
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/exports/certificates.csv",
      url: () => "/api/exports/certificates.csv",
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/exports/certificates.xlsx",
      url: () => "/api/exports/certificates.xlsx",
      allowed: ["admin", "branch_officer"],
    },
  ],
});
