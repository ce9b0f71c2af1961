import type { Me } from "./types.ts";

/** What the interface offers to whom. The server decides; this only hides what it would refuse. */
export const isAdmin = (me: Me | null | undefined): boolean => me?.role === "admin";

export function canEditBranch(me: Me | null | undefined, branchCode: string): boolean {
  if (!me) return false;
  if (me.role === "admin") return true;
  return me.role === "branch_officer" && me.branchCodes.includes(branchCode);
}

export const canManageCatalogue = isAdmin;
export const canManageUsers = isAdmin;
export const canReadAudit = isAdmin;

/** Writing, importing and publishing referential versions is the national committee's work. */
export const canAuthorReferentials = isAdmin;

/** Drafts in preparation are shown to the committee and to branch officers. */
export const canSeeReferentialDrafts = (me: Me | null | undefined): boolean =>
  me?.role === "admin" || me?.role === "branch_officer";

/** A branch's CPNE adoption is recorded by the committee or by that branch's officer. */
export const canAdopt = canEditBranch;

/** Whether the user may record an adoption for at least one branch. */
export const canAdoptForSomeBranch = (me: Me | null | undefined): boolean =>
  me?.role === "admin" || (me?.role === "branch_officer" && me.branchCodes.length > 0);
