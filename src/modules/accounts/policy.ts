import type { Access } from "../../server/access.ts";
import { type Caller, hasRole } from "./caller.ts";

/**
 * Who may do what with accounts:
 * - anyone may try to log in; a logged-in user sees themselves and logs out;
 * - staff, jury members and employers manage their own API tokens (integrations); a candidate has none;
 * - only the national committee (admin) lists, creates and edits users, their roles and scopes, and
 *   lists and revokes any user's API tokens.
 */
export const accountsAccess = {
  logIn: "public",
  self: "authenticated",
  ownTokens: ["admin", "branch_officer", "evaluator", "jury_member", "employer"],
  manageUsers: ["admin"],
} as const satisfies Record<string, Access>;

/** The national committee and the platform itself see every account; anybody else only their own. */
export function seesEveryAccount(caller: Caller): boolean {
  return caller.kind === "platform" || hasRole(caller, "admin");
}
