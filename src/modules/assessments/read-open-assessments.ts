import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Whether a pathway has an assessment still open, as a condition on the `pathways` table: how the
 * pathways module puts first, in an evaluator's worklist, the pathways whose assessment is under way,
 * without reading assessments itself.
 */
export function hasOpenAssessment(eb: ExpressionBuilder<Database, "pathways">) {
  return eb.exists(
    eb
      .selectFrom("assessments as open_assessment")
      .select("open_assessment.id")
      .whereRef("open_assessment.pathway_id", "=", "pathways.id")
      .where("open_assessment.status", "=", "open"),
  );
}
