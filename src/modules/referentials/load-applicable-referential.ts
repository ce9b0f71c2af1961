import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findVersionRowById, listAdoptionRows, loadItemIds, loadTrees } from "./repository.ts";
import type { Block } from "./schemas.ts";
import { contentOf } from "./views.ts";

export interface ApplicableReferential {
  passRule: ReturnType<typeof contentOf>["passRule"];
  validity: ReturnType<typeof contentOf>["validity"];
  /** The CQPI version's blocs followed by the branch's modules complémentaires. */
  blocks: Block[];
  moduleCodes: string[];
  capacityIds: Map<string, number>;
  /** By `${capacityCode}/${criterionCode}`. */
  criterionIds: Map<string, number>;
}

/**
 * The referential that applies to a candidate: a published version plus the modules complémentaires
 * of the branch's adoption, with the ids of their capacities and criteria (for scores to point at).
 */
export async function loadApplicableReferential(
  db: Kysely<Database>,
  { versionId, adoptionId }: { versionId: number; adoptionId: number | null },
): Promise<ApplicableReferential> {
  const owners = [{ versionId }, ...(adoptionId ? [{ adoptionId }] : [])];
  const [versionRow, [blocks = [], modules = []], ids] = await Promise.all([
    findVersionRowById(db, versionId),
    loadTrees(db, owners),
    loadItemIds(db, owners),
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

/** The branch's latest adoption of a CQPI's referential (the one that applies to new candidates), if any. */
export async function findLatestAdoption(
  db: Kysely<Database>,
  key: { qualificationId: number; branchId: number },
): Promise<{ id: number; version_id: number; version: number } | undefined> {
  const [latest] = await listAdoptionRows(db, key);
  return latest;
}
