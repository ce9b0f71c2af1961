import type { Me as ServerMe } from "../../../../src/modules/accounts/schemas.ts";

/** The logged-in user, as `GET /api/me` returns it. */
export type Me = ServerMe;
export type Role = Me["role"];

/** Every role, in the order forms offer them (the server's module also carries zod, kept out of the bundle). */
export const roles = [
  "admin",
  "branch_officer",
  "evaluator",
  "jury_member",
  "employer",
  "candidate",
] as const satisfies readonly Role[];
