import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import {
  findPathwayInScope,
  loadPathwayReferential,
  type PathwayReferential,
} from "../pathways/find-pathway.ts";
import { findAssessmentInScope } from "./find-assessment.ts";
import { findAssessmentRow, listAssessmentRows } from "./repository.ts";
import type { AssessmentView } from "./schemas.ts";
import { toAssessmentViews } from "./views.ts";

/** Every assessment of a pathway the caller sees, by sitting then day, each with its grid and texts. */
export async function listAssessments(
  ctx: AppContext,
  { caller, pathwayId }: { caller: Caller; pathwayId: number },
): Promise<{ items: AssessmentView[] }> {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const [rows, referential] = await Promise.all([
    listAssessmentRows(ctx.db, pathway.id),
    loadPathwayReferential(ctx, pathway),
  ]);
  return { items: await toAssessmentViews(ctx, rows, referential) };
}

/** One assessment: what it covers (capacities and criteria), its scores, entries and evidence files. */
export async function getAssessment(
  ctx: AppContext,
  { caller, assessmentId }: { caller: Caller; assessmentId: number },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findAssessmentInScope(ctx, caller, assessmentId);
  const referential = await loadPathwayReferential(ctx, pathway);
  const [view] = await toAssessmentViews(ctx, [assessment], referential);
  return view!;
}

/**
 * The view of an assessment a use case has just written, with the pathway's referential it already
 * loaded: the caller has checked the scope, so only the assessment itself is read again.
 */
export async function reloadAssessment(
  ctx: AppContext,
  assessmentId: number,
  referential: Pick<PathwayReferential, "blocks">,
): Promise<AssessmentView> {
  const row = await findAssessmentRow(ctx.db, assessmentId);
  const [view] = await toAssessmentViews(ctx, [row!], referential);
  return view!;
}
