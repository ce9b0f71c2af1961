import type { AppContext } from "../../server/context.ts";
import type { Actor } from "../accounts/roles.ts";
import { findPathwayInScope, loadPathwayReferential } from "../pathways/find-pathway.ts";
import { findAssessmentInScope } from "./find-assessment.ts";
import { listAssessmentRows } from "./repository.ts";
import type { AssessmentView } from "./schemas.ts";
import { toAssessmentViews } from "./views.ts";

/** Every assessment of a pathway the actor sees, by sitting then day, each with its grid and texts. */
export async function listAssessments(
  ctx: AppContext,
  { actor, pathwayId }: { actor: Actor | null; pathwayId: number },
): Promise<{ items: AssessmentView[] }> {
  const pathway = await findPathwayInScope(ctx, actor, pathwayId);
  const [rows, referential] = await Promise.all([
    listAssessmentRows(ctx.db, pathway.id),
    loadPathwayReferential(ctx, pathway),
  ]);
  return { items: await toAssessmentViews(ctx, rows, referential) };
}

/** One assessment: what it covers (capacities and criteria), its scores, entries and evidence files. */
export async function getAssessment(
  ctx: AppContext,
  { actor, assessmentId }: { actor: Actor | null; assessmentId: number },
): Promise<AssessmentView> {
  const { assessment, pathway } = await findAssessmentInScope(ctx, actor, assessmentId);
  const referential = await loadPathwayReferential(ctx, pathway);
  const [view] = await toAssessmentViews(ctx, [assessment], referential);
  return view!;
}
