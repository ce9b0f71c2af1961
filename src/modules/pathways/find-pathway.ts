import { type AppContext, isoToday } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { findVersionRowById, loadItemIds, loadTrees } from "../referentials/repository.ts";
import type { Block } from "../referentials/schemas.ts";
import { contentOf } from "../referentials/views.ts";
import { pathwayNotFound } from "./errors.ts";
import { computeGapAnalysis } from "./gap-analysis.ts";
import { findPathwayRowInScope, listClosedScores, type PathwayListRow } from "./repository.ts";

export type { PathwayListRow };

/**
 * A pathway the caller may see (visibility.ts), or undefined whether it exists or not: for other
 * modules reaching a pathway through something of it (an assessment, an evidence file), which then
 * answer with their own not-found.
 */
export function findVisiblePathway(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<PathwayListRow | undefined> {
  return findPathwayRowInScope(ctx.db, caller, id);
}

/** A pathway the caller may see; any other is PATHWAY_NOT_FOUND, whether it exists or not. */
export async function findPathwayInScope(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<PathwayListRow> {
  const row = await findVisiblePathway(ctx, caller, id);
  if (!row) throw pathwayNotFound();
  return row;
}

export interface PathwayReferential {
  passRule: ReturnType<typeof contentOf>["passRule"];
  validity: ReturnType<typeof contentOf>["validity"];
  /** The CQPI version's blocs followed by the branch's modules complémentaires. */
  blocks: Block[];
  moduleCodes: string[];
  capacityIds: Map<string, number>;
  /** By `${capacityCode}/${criterionCode}`. */
  criterionIds: Map<string, number>;
}

/** The referential that applies to the pathway: its version plus the modules of its branch's adoption. */
export async function loadPathwayReferential(
  ctx: AppContext,
  pathway: Pick<PathwayListRow, "version_id" | "adoption_id">,
): Promise<PathwayReferential> {
  const owners = [
    { versionId: pathway.version_id },
    ...(pathway.adoption_id ? [{ adoptionId: pathway.adoption_id }] : []),
  ];
  const [versionRow, [blocks = [], modules = []], ids] = await Promise.all([
    findVersionRowById(ctx.db, pathway.version_id),
    loadTrees(ctx.db, owners),
    loadItemIds(ctx.db, owners),
  ]);
  const { passRule, validity } = contentOf(versionRow, blocks);
  return {
    passRule,
    validity,
    blocks: [...blocks, ...modules],
    moduleCodes: modules.map((b) => b.code),
    ...ids,
  };
}

/** The bilan de positionnement of a pathway today, from its closed assessments. */
export async function analysePathway(
  ctx: AppContext,
  pathway: Pick<PathwayListRow, "id" | "version_id" | "adoption_id">,
) {
  const referential = await loadPathwayReferential(ctx, pathway);
  const records = await listClosedScores(ctx.db, pathway.id);
  const asOf = isoToday(ctx);
  return { referential, analysis: computeGapAnalysis({ ...referential, records, asOf }) };
}
