import type { Access } from "../../server/access.ts";
import type { Role } from "../accounts/roles.ts";
import type { PathwayEvent } from "./rules.ts";

/**
 * Who sees a pathway (and so its candidate's progress):
 * - the national committee (admin): every pathway;
 * - a branch officer: the pathways of their branch(es);
 * - an evaluator: the pathways assigned to them;
 * - an employer: the pathways of their own employees;
 * - a candidate: their own pathways.
 * - a jury member: the pathways on the agenda of the jury sessions they sit in (read only).
 *
 * Who does what:
 * - registers pathways, assigns evaluators, records training plans: admin and the branch's officer
 *   (an employer may also record a training plan for their employee);
 * - accredits evaluators: admin and the officer of the accrediting branch, who find any evaluator
 *   account by name or email to do so (only what picking one needs: name and email);
 * - moves a pathway: see `eventRoles`.
 */
export const pathwaysAccess = {
  read: ["admin", "branch_officer", "evaluator", "employer", "candidate", "jury_member"],
  manage: ["admin", "branch_officer"],
  plan: ["admin", "branch_officer", "employer"],
  transition: ["admin", "branch_officer", "evaluator"],
  accredit: ["admin", "branch_officer"],
  searchEvaluators: ["admin", "branch_officer"],
  readAccreditations: ["admin", "branch_officer", "evaluator"],
} as const satisfies Record<string, Access>;

/**
 * Which roles may trigger each event (within their scope). A candidate who gives up tells the branch,
 * whose secretariat records the withdrawal: no move is the candidate's own.
 */
export const eventRoles: Record<PathwayEvent, readonly Role[]> = {
  start_positioning: ["admin", "branch_officer", "evaluator"],
  complete_positioning: ["admin", "branch_officer", "evaluator"],
  start_training: ["admin", "branch_officer"],
  start_reassessment: ["admin", "branch_officer", "evaluator"],
  resume_training: ["admin", "branch_officer", "evaluator"],
  submit_to_jury: ["admin", "branch_officer", "evaluator"],
  withdraw: ["admin", "branch_officer"],
  archive: ["admin", "branch_officer"],
  // Only a jury decision moves a pathway this way (jury module), never the transitions route.
  award: [],
  award_partially: [],
  refuse_award: [],
  defer: [],
};
