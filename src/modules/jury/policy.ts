import type { Access } from "../../server/access.ts";
import type { Actor } from "../accounts/roles.ts";

/**
 * Who may do what with the paritaire jury:
 * - the national committee (admin) and a branch's secretariat (branch officer of that branch) create
 *   sessions, compose them, set the agenda, record attendance, close deliberations and sessions,
 *   cancel them, set the branch's jury rules and answer appeals;
 * - a jury member sees only the sessions they sit in, and of candidates only those on those sessions'
 *   agendas (evidence pack included); present members vote, a proxy holder also for the member they
 *   represent; the president may record attendance, close deliberations and the session;
 * - a candidate lodges an appeal against the decision on their own pathway;
 * - nobody else sees a session: it answers 404 as if it did not exist.
 */
export const juryAccess = {
  manage: ["admin", "branch_officer"],
  read: ["admin", "branch_officer", "jury_member"],
  vote: ["jury_member"],
  preside: ["admin", "branch_officer", "jury_member"],
  appeal: ["candidate"],
  answerAppeal: ["admin", "branch_officer"],
} as const satisfies Record<string, Access>;

/** The sessions a caller may see, as the repository filters them. */
export type SessionScope =
  | { kind: "all" }
  | { kind: "branches"; branchCodes: string[] }
  | { kind: "member"; userId: number }
  | { kind: "none" };

export function sessionScopeOf(actor: Actor | null): SessionScope {
  if (!actor || actor.role === "admin") return { kind: "all" };
  if (actor.role === "branch_officer") return { kind: "branches", branchCodes: actor.branchCodes };
  if (actor.role === "jury_member") return { kind: "member", userId: actor.userId };
  return { kind: "none" };
}

/** The secretariat of the session's branch (or the national committee, or the platform itself). */
export function canManageSessionOf(actor: Actor | null, branchCode: string): boolean {
  return (
    !actor ||
    actor.role === "admin" ||
    (actor.role === "branch_officer" && actor.branchCodes.includes(branchCode))
  );
}
