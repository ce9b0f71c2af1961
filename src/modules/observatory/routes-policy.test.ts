import { describeRoutePolicies } from "../../test/route-policy.ts";
import type { Role } from "../accounts/roles.ts";

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
      path: "/api/observatory/figures",
      url: () => "/api/observatory/figures?branch=UIMM&fromYear=2020",
      allowed: ["admin", "branch_officer"],
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
    ...(["csv", "xlsx"] as const).flatMap((format) => [
      {
        method: "GET" as const,
        path: `/api/exports/awards.${format}`,
        url: () => `/api/exports/awards.${format}?groupBy=branch`,
        allowed: ["admin", "branch_officer"] as Role[],
      },
      {
        method: "GET" as const,
        path: `/api/exports/capacity-pass-rates.${format}`,
        url: () => `/api/exports/capacity-pass-rates.${format}?qualification=CQPI-X`,
        allowed: ["admin", "branch_officer"] as Role[],
      },
      {
        method: "GET" as const,
        path: `/api/exports/declarations.${format}`,
        url: () => `/api/exports/declarations.${format}?certification=RNCP00001`,
        allowed: ["admin"] as Role[],
      },
      {
        method: "GET" as const,
        path: `/api/exports/timeline.${format}`,
        url: () => `/api/exports/timeline.${format}`,
        allowed: "public" as const,
      },
    ]),
  ],
});
