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
