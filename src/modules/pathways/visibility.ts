import { type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../accounts/caller.ts";

/**
 * Which pathways a caller sees (see policy.ts), written once: a condition on the `pathways` table for
 * any query that selects from it. Candidates, assessments and evidence files are seen through it too
 * (a candidate with a pathway the caller sees, an assessment or a file of such a pathway), so adding
 * who sees a pathway changes all of them in this one place.
 *
 * - the platform itself (commands, demo data, jobs) and the national committee (admin): every pathway;
 * - a branch officer: the pathways of their branch(es);
 * - an evaluator: the pathways assigned to them;
 * - an employer: the pathways of their company's candidates;
 * - a candidate: their own;
 * - a jury member: the pathways on the agenda of a jury session they sit in (a cancelled session's
 *   released agenda no longer counts);
 * - an anonymous visitor: none, ever.
 */
export function pathwayVisibility(caller: Caller) {
  return (eb: ExpressionBuilder<Database, "pathways">) => {
    const nothing = sql<SqlBool>`1 = 0`;
    if (caller.kind === "anonymous") return nothing;
    if (caller.kind === "platform") return sql<SqlBool>`1 = 1`;
    switch (caller.role) {
      case "admin":
        return sql<SqlBool>`1 = 1`;
      case "branch_officer":
        if (caller.branchCodes.length === 0) return nothing;
        return eb(
          "pathways.branch_id",
          "in",
          eb
            .selectFrom("branches as visible_branch")
            .select("visible_branch.id")
            .where("visible_branch.code", "in", caller.branchCodes),
        );
      case "evaluator":
        return eb("pathways.evaluator_user_id", "=", caller.userId);
      case "employer":
        return caller.companyId === null ? nothing : ofCandidates(eb, "company_id", caller.companyId);
      case "candidate":
        return ofCandidates(eb, "user_id", caller.userId);
      case "jury_member":
        return eb(
          "pathways.id",
          "in",
          eb
            .selectFrom("jury_agenda_items as visible_item")
            .innerJoin("jury_members as visible_seat", "visible_seat.session_id", "visible_item.session_id")
            .select("visible_item.pathway_id")
            .where("visible_seat.user_id", "=", caller.userId)
            .where("visible_item.status", "!=", "released"),
        );
    }
  };
}

/** The pathways of the candidates whose `column` is `value` (an employer's company, a candidate's account). */
function ofCandidates(
  eb: ExpressionBuilder<Database, "pathways">,
  column: "company_id" | "user_id",
  value: number,
) {
  return eb(
    "pathways.candidate_id",
    "in",
    eb
      .selectFrom("candidates as visible_candidate")
      .select("visible_candidate.id")
      .where(`visible_candidate.${column}`, "=", value),
  );
}

/**
 * The candidates with a pathway the caller sees, as a condition on the `candidates` table: how the
 * candidates module opens candidates to whoever sees their pathways, without reading pathways itself.
 */
export function hasVisiblePathway(caller: Caller) {
  return (eb: ExpressionBuilder<Database, "candidates">) =>
    eb.exists(
      eb
        .selectFrom("pathways")
        .select("pathways.id")
        .whereRef("pathways.candidate_id", "=", "candidates.id")
        .where(pathwayVisibility(caller)),
    );
}
