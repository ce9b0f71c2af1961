import type { Access } from "../../server/access.ts";
import type { Caller, UserCaller } from "../accounts/caller.ts";
import type { AssessmentMethod } from "../referentials/schemas.ts";

/**
 * Who sees an assessment: whoever sees its pathway (see pathways/policy.ts) — the national committee,
 * the branch's officer, the assigned evaluator, the candidate's employer, the candidate, and the members
 * of a jury session with the pathway on its agenda (read only).
 *
 * Who does what, on a pathway they see:
 * - opens an assessment: the assigned evaluator, the national committee (admin), the branch's officer;
 *   a booklet (livret d'activité) also the candidate and their employer, who fill it in;
 * - writes the booklet's descriptions and submits it: the candidate and their employer only (their own
 *   words); the assigned evaluator (or admin) then reads it and judges each capacity — acquired,
 *   partially, not acquired, with a comment — and nobody else writes that judgement;
 * - adds evidence files: the candidate, their employer, the assigned evaluator, admin; deletes one: only
 *   the candidate who uploaded it, while the assessment is open and (a booklet) not yet submitted — nobody
 *   removes another's evidence, nor what the evaluator is reading;
 * - writes the questions and answers (questioning) and the interview notes: the assigned evaluator, admin;
 * - scores criteria and closes an assessment: the assigned evaluator, admin — nobody else, not even the
 *   branch's officer, because the evaluation is the accredited evaluator's judgement.
 *
 * The platform itself (demo data, commands) may do everything; an anonymous caller nothing.
 */
export const assessmentsAccess = {
  read: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
  create: ["admin", "branch_officer", "evaluator", "employer", "candidate"],
  // The branch officer reaches the use case only to be told that scoring is the evaluator's.
  score: ["admin", "branch_officer", "evaluator"],
  write: ["admin", "evaluator", "employer", "candidate"],
  deleteEvidence: ["candidate"],
  submit: ["employer", "candidate"],
} as const satisfies Record<string, Access>;

interface PathwayParties {
  evaluator_user_id: number | null;
}

/** The evaluator assigned to the pathway today (whoever opened the assessment). */
export function isAssignedEvaluator(caller: UserCaller, pathway: PathwayParties): boolean {
  return caller.role === "evaluator" && pathway.evaluator_user_id === caller.userId;
}

/** The candidate and their employer take part in the booklet only. */
const isCandidateSide = (caller: UserCaller) => caller.role === "candidate" || caller.role === "employer";

export function mayCreate(caller: Caller, pathway: PathwayParties, method: AssessmentMethod): boolean {
  if (caller.kind !== "user") return caller.kind === "platform";
  if (caller.role === "admin" || caller.role === "branch_officer") return true;
  return isAssignedEvaluator(caller, pathway) || (method === "booklet" && isCandidateSide(caller));
}

export function mayScore(caller: Caller, pathway: PathwayParties): boolean {
  if (caller.kind !== "user") return caller.kind === "platform";
  return caller.role === "admin" || isAssignedEvaluator(caller, pathway);
}

/** The booklet's own words: the candidate side (and the platform, which seeds the demo). */
export function mayWriteBooklet(caller: Caller): boolean {
  if (caller.kind !== "user") return caller.kind === "platform";
  return isCandidateSide(caller);
}

/** Entries of the evaluator's methods (questioning, interview) and evidence files. */
export function mayWrite(caller: Caller, pathway: PathwayParties, method: AssessmentMethod): boolean {
  if (mayScore(caller, pathway)) return true;
  return caller.kind === "user" && method === "booklet" && isCandidateSide(caller);
}

/** An evidence file is the candidate's to take back: the one who uploaded it, nobody else. */
export function mayDeleteEvidence(caller: Caller, file: { uploaded_by_user_id: number | null }): boolean {
  return caller.kind === "user" && caller.role === "candidate" && file.uploaded_by_user_id === caller.userId;
}
