import type { AppContext } from "../../server/context.ts";
import { type Caller, platform } from "../accounts/caller.ts";
import { getUser } from "../accounts/list-users.ts";
import { listAssessments } from "../assessments/read-assessments.ts";
import { findPathwayInScope, loadPathwayReferential } from "../pathways/find-pathway.ts";
import { getGapAnalysis } from "../pathways/read-pathways.ts";
import type { AgendaItemView } from "./schemas.ts";

/**
 * The evidence pack a jury deliberates on, read through the pathways and assessments modules: the
 * bilan (acquired and gaps per capacity and bloc), the closed assessments with their scores,
 * comments and booklet entries, and who evaluated. The caller has been checked to sit in (or run) a
 * session with this pathway on its agenda.
 */
export async function gatherEvidence(
  ctx: AppContext,
  caller: Caller,
  pathwayId: number,
): Promise<AgendaItemView["evidence"]> {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const [gapAnalysis, { items }, referential] = await Promise.all([
    getGapAnalysis(ctx, { caller, pathwayId }),
    listAssessments(ctx, { caller, pathwayId }),
    loadPathwayReferential(ctx, pathway),
  ]);
  const assessments = items.filter((a) => a.status === "closed");
  const evaluatorIds = new Set(
    [pathway.evaluator_user_id, ...assessments.map((a) => a.assessorUserId)].filter(
      (id): id is number => id !== null,
    ),
  );
  const evaluators = await Promise.all(
    [...evaluatorIds].map(async (userId) => ({
      userId,
      displayName: (await getUser(ctx, { caller: platform, id: userId })).displayName,
    })),
  );
  return { gapAnalysis, assessments, evaluators, referentialBlocks: referential.blocks };
}
