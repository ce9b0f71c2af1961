import type { Access } from "../../server/access.ts";
import { managesBranch } from "../accounts/caller.ts";

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

export const canEditBranch = managesBranch;
