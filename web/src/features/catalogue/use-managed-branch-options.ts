import type { Me } from "../auth/types.ts";
import { useBranches } from "./api.ts";

/**
 * The branches a user registers and accredits for, as select options: every branch for an admin
 * (fetched only when `isEnabled`), their own branches for a branch officer.
 */
export function useManagedBranchOptions(me: Me, isEnabled = true): { value: string; label: string }[] {
  const isAdmin = me.role === "admin";
  const branches = useBranches({ q: "", limit: 200, offset: 0 }, isEnabled && isAdmin).data?.items ?? [];
  return isAdmin
    ? branches.map((branch) => ({ value: branch.code, label: `${branch.name} (${branch.code})` }))
    : me.branchCodes.map((code) => ({ value: code, label: code }));
}
