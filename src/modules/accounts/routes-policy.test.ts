import { describeRoutePolicies } from "../../test/route-policy.ts";
import type { Role } from "./roles.ts";

let n = 0;
const ownTokens = ["admin", "branch_officer", "evaluator", "jury_member", "employer"] as Role[];

describeRoutePolicies("accounts", {
  setup: async (world) => ({ userId: world.users.get("candidate")!.id }),
  cases: [
    {
      method: "POST",
      path: "/api/auth/login",
      url: () => "/api/auth/login",
      payload: () => ({ email: "x@y.example", password: "nope" }),
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/auth/password-reset",
      url: () => "/api/auth/password-reset",
      payload: () => ({ email: "x@y.example" }),
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/auth/password-reset/confirm",
      url: () => "/api/auth/password-reset/confirm",
      payload: () => ({ token: "unknown", password: "long enough" }),
      allowed: "public",
    },
    { method: "POST", path: "/api/auth/logout", url: () => "/api/auth/logout", allowed: "public" },
    { method: "GET", path: "/api/me", url: () => "/api/me", allowed: "authenticated" },
    { method: "GET", path: "/api/me/tokens", url: () => "/api/me/tokens", allowed: ownTokens },
    {
      method: "POST",
      path: "/api/me/tokens",
      url: () => "/api/me/tokens",
      payload: () => ({ name: "t" }),
      allowed: ownTokens,
    },
    {
      method: "DELETE",
      path: "/api/me/tokens/{id}",
      url: () => "/api/me/tokens/999999",
      allowed: ownTokens,
    },
    { method: "GET", path: "/api/users", url: () => "/api/users", allowed: ["admin"] },
    {
      method: "GET",
      path: "/api/users/{id}/tokens",
      url: (f) => `/api/users/${f.userId}/tokens`,
      allowed: ["admin"],
    },
    {
      method: "DELETE",
      path: "/api/users/{id}/tokens/{tokenId}",
      url: (f) => `/api/users/${f.userId}/tokens/999999`,
      allowed: ["admin"],
    },
    { method: "GET", path: "/api/users/{id}", url: (f) => `/api/users/${f.userId}`, allowed: ["admin"] },
    {
      method: "POST",
      path: "/api/users",
      url: () => "/api/users",
      payload: () => ({
        email: `new${++n}@test.example`,
        displayName: "N",
        role: "candidate",
        password: "long enough",
      }),
      allowed: ["admin"],
    },
    {
      method: "PATCH",
      path: "/api/users/{id}",
      url: (f) => `/api/users/${f.userId}`,
      payload: () => ({ displayName: "Renamed" }),
      allowed: ["admin"],
    },
  ],
});
