import type { Access } from "../../server/access.ts";

/**
 * Who may do what with accounts:
 * - anyone may try to log in; a logged-in user sees themselves, logs out and manages their own API tokens;
 * - only the national committee (admin) lists, creates and edits users, their roles and scopes, and
 *   lists and revokes any user's API tokens.
 */
export const accountsAccess = {
  logIn: "public",
  self: "authenticated",
  manageUsers: ["admin"],
} as const satisfies Record<string, Access>;
