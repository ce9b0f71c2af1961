import type { Access } from "../../server/access.ts";
import { type AppError, forbidden } from "../../server/errors.ts";
import {
  type ActingCaller,
  type Caller,
  hasRole,
  managesBranch,
  type UserCaller,
} from "../accounts/caller.ts";
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
 * - a jury member sees no candidate record: the jury reads what it deliberates on through the pathways
 *   on the agenda of their sessions (pathways/visibility.ts).
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

/** The candidates a caller reaches through their records, whether or not they have a pathway. */
export type CandidateRecordScope =
  | { kind: "all" }
  | { kind: "branches"; branchCodes: string[] }
  | { kind: "company"; companyId: number }
  | { kind: "self"; userId: number }
  | { kind: "none" };

/**
 * The candidates a caller may see, as the repository filters them: those of their records, and those
 * with a pathway the caller sees (the pathways module's one visibility rule, pathways/visibility.ts).
 */
export interface CandidateScope {
  records: CandidateRecordScope;
  /** Whose pathway visibility also opens candidates; null: none. */
  pathwaysOf: Caller | null;
  /** Write scopes only: of those seen, the employees of a company of these branches or of none. */
  employedIn?: string[];
}

/** Every candidate: the platform's own reads and writes. */
export const everyCandidate: CandidateScope = { records: { kind: "all" }, pathwaysOf: null };

/** The platform sees every candidate; an anonymous caller none. */
export function candidateScopeOf(caller: Caller): CandidateScope {
  if (caller.kind === "platform") return everyCandidate;
  return { records: recordScopeOf(caller), pathwaysOf: caller };
}

function recordScopeOf(caller: Caller): CandidateRecordScope {
  if (caller.kind !== "user") return { kind: "none" };
  switch (caller.role) {
    case "admin":
      return { kind: "all" };
    case "branch_officer":
      return { kind: "branches", branchCodes: caller.branchCodes };
    case "employer":
      return caller.companyId === null ? { kind: "none" } : { kind: "company", companyId: caller.companyId };
    case "candidate":
      return { kind: "self", userId: caller.userId };
    case "evaluator":
    case "jury_member":
      // Only through the pathways they see (assigned to them; on the agenda of their jury sessions).
      return { kind: "none" };
  }
}

/** The candidates a caller may edit: within what they see, stated apart (see the policy above). */
export function candidateWriteScopeOf(caller: Caller): CandidateScope {
  if (caller.kind === "platform") return everyCandidate;
  if (caller.kind !== "user") return { records: { kind: "none" }, pathwaysOf: null };
  switch (caller.role) {
    case "admin":
      return everyCandidate;
    case "branch_officer":
      return { records: recordScopeOf(caller), pathwaysOf: caller, employedIn: caller.branchCodes };
    case "employer":
      return { records: recordScopeOf(caller), pathwaysOf: null };
    case "evaluator":
    case "candidate":
    case "jury_member":
      return { records: { kind: "none" }, pathwaysOf: null };
  }
}

/** Whether the caller may link a candidate's record to a login account (the platform itself may). */
export function mayLinkAccount(caller: ActingCaller): boolean {
  return caller.kind === "platform" || hasRole(caller, "admin", "branch_officer");
}

/** Whether the caller sees every account and record, and so may be told why an account is refused. */
export function seesEveryAccount(caller: ActingCaller): boolean {
  return caller.kind === "platform" || hasRole(caller, "admin");
}

/** An employer who leaves the company out registers someone working in their own company. */
export function defaultCompanyId(caller: Caller, status: EmploymentStatus): number | null {
  return hasRole(caller, "employer") && status !== "job_seeker" ? caller.companyId : null;
}

/**
 * Why the caller may not attach a candidate to this company (null: no company), or null if they may.
 * `branchCode` is the company's branch, null when it has none or does not exist.
 */
export function companyRefusal(
  caller: UserCaller,
  company: { id: number; branchCode: string | null } | null,
): AppError | null {
  switch (caller.role) {
    case "admin":
      return null;
    case "employer":
      return company !== null && company.id === caller.companyId ? null : notYourCompany();
    case "branch_officer": {
      const isInBranches = company?.branchCode != null && managesBranch(caller, company.branchCode);
      return company === null || isInBranches ? null : notYourBranch();
    }
    default:
      return forbidden();
  }
}
