import { type AppContext, isoToday } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { closedScoresOf } from "../assessments/read-results.ts";
import {
  type ApplicableReferential,
  loadApplicableReferential,
} from "../referentials/load-applicable-referential.ts";
import { readCarriedCapacities } from "./carried-capacities.ts";
import { pathwayNotFound } from "./errors.ts";
import { computeGapAnalysis } from "./gap-analysis.ts";
import { findPathwayRowInScope, type PathwayListRow } from "./repository.ts";

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

export type PathwayReferential = ApplicableReferential;

/** The referential that applies to the pathway: its version plus the modules of its branch's adoption. */
export function loadPathwayReferential(
  ctx: AppContext,
  pathway: Pick<PathwayListRow, "version_id" | "adoption_id">,
): Promise<PathwayReferential> {
  return loadApplicableReferential(ctx.db, {
    versionId: pathway.version_id,
    adoptionId: pathway.adoption_id,
  });
}

/**
 * The bilan de positionnement of a pathway today, from its closed assessments and the capacities it
 * carried over from a certificate (those of a certificate revoked since no longer count).
 */
export async function analysePathway(
  ctx: AppContext,
  pathway: Pick<PathwayListRow, "id" | "version_id" | "adoption_id">,
) {
  const referential = await loadPathwayReferential(ctx, pathway);
  const records = await closedScoresOf(ctx.db, pathway.id);
  const carriedOver = await readCarriedCapacities(ctx, pathway.id);
  const counted = new Set(carriedOver.filter((c) => c.counts).map((c) => c.capacityCode));
  const asOf = isoToday(ctx);
  const analysis = computeGapAnalysis({ ...referential, records, asOf, carriedOver: counted });
  return { referential, analysis: { ...analysis, carriedOver } };
}
