import type { AppContext } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { findAccount } from "../accounts/find-account.ts";
import { listAssessments } from "../assessments/read-assessments.ts";
import { findOwnCandidate } from "../candidates/find-candidate.ts";
import { getPathway, listPathways } from "../pathways/read-pathways.ts";
import type { PersonalDataExport } from "./schemas.ts";

const PAGE = 200;

/**
 * Everything the platform holds about the calling candidate (RGPD rights of access and portability):
 * their account, their identity, and each pathway with its bilan, training plans, timeline and
 * assessments (texts, scores, names of evidence files). Gathered through the same scoped reads as the
 * pages, as the candidate themself, so it can show nothing they could not already see.
 */
export async function exportPersonalData(
  ctx: AppContext,
  { caller }: { caller: UserCaller },
): Promise<PersonalDataExport> {
  const [candidate, user] = await Promise.all([
    findOwnCandidate(ctx, caller),
    findAccount(ctx.db, caller.userId),
  ]);
  const summaries = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listPathways(ctx, { caller, query: { limit: PAGE, offset } });
    summaries.push(...page.items);
    if (summaries.length >= page.total || page.items.length === 0) break;
  }
  const pathways = [];
  for (const { id } of summaries) {
    const [detail, assessments] = await Promise.all([
      getPathway(ctx, { caller, pathwayId: id }),
      listAssessments(ctx, { caller, pathwayId: id }),
    ]);
    pathways.push({ ...detail, assessments: assessments.items });
  }
  return {
    exportedAt: ctx.clock.now().toISOString(),
    account: {
      email: user!.email,
      displayName: user!.displayName,
      createdAt: user!.createdAt,
      lastLoginAt: user!.lastLoginAt,
    },
    candidate,
    pathways,
  };
}
