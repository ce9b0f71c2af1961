import type { Access } from "../../server/access.ts";
import { type Caller, hasRole, managesBranch } from "../accounts/caller.ts";

/**
 * Who may do what with referentials:
 * - anyone reads published and superseded versions, their exports and what a branch has adopted;
 * - the national committee (admin) and branch officers also see drafts in preparation;
 * - only the national committee writes drafts, imports and publishes versions;
 * - a branch officer records their own branch's CPNE adoption (the admin may record any).
 */
export const referentialsAccess = {
  read: "public",
  author: ["admin"],
  adopt: ["admin", "branch_officer"],
} as const satisfies Record<string, Access>;

export function canSeeDrafts(caller: Caller): boolean {
  return caller.kind === "platform" || hasRole(caller, "admin", "branch_officer");
}

export const canAdoptFor = managesBranch;
