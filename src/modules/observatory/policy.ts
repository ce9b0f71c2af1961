import type { Access } from "../../server/access.ts";
import type { Caller } from "../accounts/caller.ts";

/**
 * Who reads the observatory:
 * - anyone, without an account: the national key figures (counts and shares, no person in them);
 * - the dashboard's tables: the national committee (admin) for every branch, a branch's secretariat
 *   (branch officer) for its own branches only — whatever branch filter it asks for;
 * - the Caisse des Dépôts declaration files, and the list of holders still to declare: the national
 *   committee (admin), the certifier that declares them.
 */
export const observatoryAccess = {
  keyFigures: "public",
  dashboard: ["admin", "branch_officer"],
  /** The accrochage files and what remains to declare: the certifier, the national committee. */
  declare: ["admin"],
} as const satisfies Record<string, Access>;

/** The branches whose awards a caller counts: null for all of them. */
export function countedBranches(caller: Caller): readonly string[] | null {
  if (caller.kind === "platform") return null;
  if (caller.kind === "user" && caller.role === "admin") return null;
  if (caller.kind === "user" && caller.role === "branch_officer") return caller.branchCodes;
  return [];
}
