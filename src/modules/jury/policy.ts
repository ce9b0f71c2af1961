import type { Access } from "../../server/access.ts";
import { type Caller, managesBranch } from "../accounts/caller.ts";

/**
 * Who may do what with the paritaire jury:
 * - the national committee (admin) and a branch's secretariat (branch officer of that branch) create
 *   sessions, compose them, set the agenda, record attendance, close deliberations and sessions,
 *   cancel them, set the branch's jury rules and answer appeals;
 * - a jury member sees only the sessions they sit in, and of candidates only those on those sessions'
 *   agendas (evidence pack included, see pathways/visibility.ts); present members vote, a proxy
 *   holder also for the member they represent; the president may record attendance, close
 *   deliberations and the session;
 * - a candidate lodges an appeal against the decision on their own pathway; the candidate, their
 *   employer and the secretariat read the extract of the minutes that concerns that pathway only;
 * - nobody else sees a session: it answers 404 as if it did not exist.
 */
export const juryAccess = {
  manage: ["admin", "branch_officer"],
  read: ["admin", "branch_officer", "jury_member"],
  vote: ["jury_member"],
  preside: ["admin", "branch_officer", "jury_member"],
  appeal: ["candidate"],
  answerAppeal: ["admin", "branch_officer"],
  readExtract: ["admin", "branch_officer", "employer", "candidate"],
} as const satisfies Record<string, Access>;

/** The sessions a caller may see, as the repository filters them. */
export type SessionScope =
  | { kind: "all" }
  | { kind: "branches"; branchCodes: string[] }
  | { kind: "member"; userId: number }
  | { kind: "none" };

export function sessionScopeOf(caller: Caller): SessionScope {
  if (caller.kind === "platform") return { kind: "all" };
  if (caller.kind === "anonymous") return { kind: "none" };
  if (caller.role === "admin") return { kind: "all" };
  if (caller.role === "branch_officer") return { kind: "branches", branchCodes: caller.branchCodes };
  if (caller.role === "jury_member") return { kind: "member", userId: caller.userId };
  return { kind: "none" };
}

/** The secretariat of the session's branch (or the national committee, or the platform itself). */
export const canManageSessionOf = managesBranch;
