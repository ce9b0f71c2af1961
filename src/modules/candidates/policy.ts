import type { Access } from "../../server/access.ts";
import { type AppError, forbidden } from "../../server/errors.ts";
import type { Actor } from "../accounts/roles.ts";
import { notYourBranch } from "../catalogue/errors.ts";
import { notYourCompany } from "./errors.ts";
import type { EmploymentStatus } from "./rules.ts";

/**
 * Who may see and change candidates. Their records are personal data (identity, birth, contact), so
 * each role sees only the candidates it works with:
 * - the national committee (admin) sees and edits every candidate;
 * - a branch officer sees the candidates employed by a company of their branch(es), those their branch
 *   registered, and those with a pathway in their branch(es); they register and edit candidates of a
 *   company in their branches, or with no company (job seekers);
 * - an employer sees, registers and edits the candidates working in their own company only;
 * - an evaluator sees the candidates of the pathways assigned to them, and edits nothing;
 * - a candidate sees their own record only, and edits nothing (identity changes go through the branch);
 * - a jury member sees no candidate yet (the jury work will open those of their sessions).
 * A candidate outside the caller's scope does not exist for them: 404, never 403. One they see but may
 * not edit (a branch officer's candidate employed by another branch's company) is refused with 403.
 * Linking a candidate's record to their login account is the secretariats' act (admin, branch
 * officer), never an employer's: the account then reads the record's identity and personal data.
 */
export const candidatesAccess = {
  read: ["admin", "branch_officer", "employer", "evaluator", "candidate"],
  manage: ["admin", "branch_officer", "employer"],
  own: ["candidate"],
} as const satisfies Record<string, Access>;

/** The candidates a caller may see or edit, as the repository filters them. */
export type CandidateScope =
  | { kind: "all" }
  | { kind: "branches"; branchCodes: string[] }
  /** Of those a branch sees, the ones employed by a company of the branch or by none (job seekers). */
  | { kind: "branch_employees"; branchCodes: string[] }
  | { kind: "company"; companyId: number }
  | { kind: "evaluator"; userId: number }
  | { kind: "self"; userId: number }
  | { kind: "none" };

export function candidateScopeOf(actor: Actor): CandidateScope {
  switch (actor.role) {
    case "admin":
      return { kind: "all" };
    case "branch_officer":
      return { kind: "branches", branchCodes: actor.branchCodes };
    case "employer":
      return actor.companyId === null ? { kind: "none" } : { kind: "company", companyId: actor.companyId };
    case "evaluator":
      return { kind: "evaluator", userId: actor.userId };
    case "candidate":
      return { kind: "self", userId: actor.userId };
    case "jury_member":
      return { kind: "none" };
  }
}

/** The candidates a caller may edit: within what they see, stated apart (see the policy above). */
export function candidateWriteScopeOf(actor: Actor): CandidateScope {
  switch (actor.role) {
    case "admin":
      return { kind: "all" };
    case "branch_officer":
      return { kind: "branch_employees", branchCodes: actor.branchCodes };
    case "employer":
      return actor.companyId === null ? { kind: "none" } : { kind: "company", companyId: actor.companyId };
    case "evaluator":
    case "candidate":
    case "jury_member":
      return { kind: "none" };
  }
}

/** Whether the caller may link a candidate's record to a login account (null: the platform itself). */
export function mayLinkAccount(actor: Actor | null): boolean {
  return actor === null || actor.role === "admin" || actor.role === "branch_officer";
}

/** Whether the caller sees every account and record, and so may be told why an account is refused. */
export function seesEveryAccount(actor: Actor | null): boolean {
  return actor === null || actor.role === "admin";
}

/** An employer who leaves the company out registers someone working in their own company. */
export function defaultCompanyId(actor: Actor | null, status: EmploymentStatus): number | null {
  return actor?.role === "employer" && status !== "job_seeker" ? actor.companyId : null;
}

/**
 * Why the actor may not attach a candidate to this company (null: no company), or null if they may.
 * `branchCode` is the company's branch, null when it has none or does not exist.
 */
export function companyRefusal(
  actor: Actor,
  company: { id: number; branchCode: string | null } | null,
): AppError | null {
  switch (actor.role) {
    case "admin":
      return null;
    case "employer":
      return company !== null && company.id === actor.companyId ? null : notYourCompany();
    case "branch_officer": {
      const isInBranches = company?.branchCode != null && actor.branchCodes.includes(company.branchCode);
      return company === null || isInBranches ? null : notYourBranch();
    }
    default:
      return forbidden();
  }
}
