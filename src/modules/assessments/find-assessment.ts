import type { Kysely } from "kysely";
import type { AssessmentRow, Database } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { findVisiblePathway, type PathwayListRow } from "../pathways/find-pathway.ts";
import { assessmentClosed, assessmentNotFound, assessmentNotOpen, revisionConflict } from "./errors.ts";
import { findAssessmentRow } from "./repository.ts";
import { openSitting } from "./rules.ts";

export interface AssessmentInScope {
  assessment: AssessmentRow;
  pathway: PathwayListRow;
}

/**
 * An assessment whose pathway the caller may see; any other is ASSESSMENT_NOT_FOUND, whether it exists
 * or not (the same scope as the pathway's, see pathways/policy.ts).
 */
export async function findAssessmentInScope(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<AssessmentInScope> {
  const assessment = await findAssessmentRow(ctx.db, id);
  const pathway = assessment && (await findVisiblePathway(ctx, caller, assessment.pathway_id));
  if (!assessment || !pathway) throw assessmentNotFound();
  return { assessment, pathway };
}

/**
 * An assessment that may still change: open, and its pathway still in the sitting it belongs to.
 * Once the pathway has left that sitting (positioning completed, training resumed, withdrawn), its
 * gap analysis has been drawn from what was closed, so what was left open stays as it is.
 */
export async function findWritableAssessment(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<AssessmentInScope> {
  const found = await findAssessmentInScope(ctx, caller, id);
  if (found.assessment.status !== "open") throw assessmentClosed();
  const status = found.pathway.status;
  if (openSitting(status) !== found.assessment.sitting) throw assessmentNotOpen(status);
  return found;
}

/** Why an edit's revision bump failed: the assessment was closed, or saved by someone else, in between. */
export async function whyNotSaved(db: Kysely<Database>, id: number) {
  const current = await findAssessmentRow(db, id);
  return current?.status === "open" ? revisionConflict(current.revision) : assessmentClosed();
}
