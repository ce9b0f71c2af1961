import type { Access } from "../../server/access.ts";
import { type Caller, hasRole, managesBranch } from "../accounts/caller.ts";

/**
 * Who may see and register companies (the employers of candidates):
 * - the national committee (admin) sees and registers every company;
 * - a branch officer sees the companies of their branch(es), and registers companies in them only;
 * - an employer sees their own company only;
 * - no other role sees companies.
 * A company outside the caller's scope does not exist for them: 404, never 403.
 */
export const companiesAccess = {
  read: ["admin", "branch_officer", "employer"],
  register: ["admin", "branch_officer"],
} as const satisfies Record<string, Access>;

/** The companies a caller may see, as the repository filters them. */
export type CompanyScope =
  | { kind: "all" }
  | { kind: "branches"; branchCodes: string[] }
  | { kind: "company"; companyId: number }
  | { kind: "none" };

/** The platform sees every company; an anonymous caller none. */
export function companyScopeOf(caller: Caller): CompanyScope {
  if (caller.kind !== "user") return caller.kind === "platform" ? { kind: "all" } : { kind: "none" };
  switch (caller.role) {
    case "admin":
      return { kind: "all" };
    case "branch_officer":
      return { kind: "branches", branchCodes: caller.branchCodes };
    case "employer":
      return caller.companyId === null ? { kind: "none" } : { kind: "company", companyId: caller.companyId };
    default:
      return { kind: "none" };
  }
}

/** A branch officer registers a company only in one of their branches (so never without a branch). */
export function mayRegisterCompanyIn(caller: Caller, branchCode: string | null): boolean {
  if (branchCode !== null) return managesBranch(caller, branchCode);
  return caller.kind === "platform" || hasRole(caller, "admin");
}
