import { buildQualification } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";

type F = { q: string; b: string };
const version = (f: F, rest = "") => `/api/qualifications/${f.q}/versions/1${rest}`;
const applied = (f: F, rest = "") => `/api/branches/${f.b}/qualifications/${f.q}${rest}`;

describeRoutePolicies("referentials", {
  setup: async (world): Promise<F> => ({
    q: (await buildQualification(world.t.ctx)).code,
    b: world.branch.code,
  }),
  cases: [
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions",
      url: (f) => `/api/qualifications/${f.q}/versions`,
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/qualifications/{code}/versions",
      url: (f) => `/api/qualifications/${f.q}/versions`,
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions/{version}",
      url: (f) => version(f),
      allowed: "public",
    },
    {
      method: "PUT",
      path: "/api/qualifications/{code}/versions/{version}",
      url: (f) => version(f),
      payload: () => ({ revision: 0, blocks: [] }),
      allowed: ["admin"],
    },
    {
      method: "DELETE",
      path: "/api/qualifications/{code}/versions/{version}",
      url: (f) => `/api/qualifications/${f.q}/versions/99`,
      allowed: ["admin"],
    },
    {
      method: "POST",
      path: "/api/qualifications/{code}/versions/{version}/publish",
      url: (f) => `/api/qualifications/${f.q}/versions/99/publish`,
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions/{version}/diff",
      url: (f) => version(f, "/diff?from=1"),
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions/{version}/case",
      url: (f) => version(f, "/case"),
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions/{version}/grid.csv",
      url: (f) => version(f, "/grid.csv"),
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions/{version}/grid.xlsx",
      url: (f) => version(f, "/grid.xlsx"),
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/versions/{version}/referential.pdf",
      url: (f) => version(f, "/referential.pdf"),
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/qualifications/{code}/versions/import-case",
      url: (f) => `/api/qualifications/${f.q}/versions/import-case`,
      payload: () => ({}),
      allowed: ["admin"],
    },
    {
      method: "PUT",
      path: "/api/qualifications/{code}/versions/{version}/grid",
      url: (f) => version(f, "/grid?revision=0"),
      payload: () => ({}),
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/qualifications/{code}/adoptions",
      url: (f) => `/api/qualifications/${f.q}/adoptions`,
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/branches/{code}/qualifications/{qualificationCode}/adoptions",
      url: (f) => applied(f, "/adoptions"),
      payload: () => ({ version: 1, decisionDate: "2013-01-01", agreementReference: "CPNE" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/branches/{code}/qualifications/{qualificationCode}/referential",
      url: (f) => applied(f, "/referential"),
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/branches/{code}/qualifications/{qualificationCode}/referential.pdf",
      url: (f) => applied(f, "/referential.pdf"),
      allowed: "public",
    },
  ],
});
