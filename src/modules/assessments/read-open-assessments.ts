import type { ExpressionBuilder, Kysely } from "kysely";
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

/** Of the pathways given, those with an assessment still open (what the worklist says of each row). */
export async function pathwaysWithOpenAssessment(
  db: Kysely<Database>,
  pathwayIds: readonly number[],
): Promise<Set<number>> {
  if (pathwayIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("assessments")
    .select("pathway_id")
    .distinct()
    .where("pathway_id", "in", [...pathwayIds])
    .where("status", "=", "open")
    .execute();
  return new Set(rows.map((r) => r.pathway_id));
}
