import type { Access } from "../../server/access.ts";
import type { Actor } from "../accounts/roles.ts";

/**
 * Who may do what in the catalogue:
 * - anyone, logged in or not, reads the branches and CQPIs;
 * - the national committee (admin) creates and edits branches and CQPIs and says which branch operates which;
 * - a branch officer edits the description of their own branch(es) only.
 */
export const catalogueAccess = {
  read: "public",
  manage: ["admin"],
  editBranch: ["admin", "branch_officer"],
} as const satisfies Record<string, Access>;

export function canEditBranch(actor: Actor, branchCode: string): boolean {
  return (
    actor.role === "admin" || (actor.role === "branch_officer" && actor.branchCodes.includes(branchCode))
  );
}
