import type { Kysely } from "kysely";
import type { Database, ReferentialVersionRow } from "../../db/schema.ts";
import type { AssessmentMethod, Block, VersionStatus } from "./schemas.ts";

/** SQL for referential versions, their trees (blocs → capacities → criteria) and branch adoptions. */

/** Whose blocs: a version of the CQPI's referential, or a branch adoption (its modules). */
export type TreeOwner = { versionId: number } | { adoptionId: number };

export function listVersionRows(db: Kysely<Database>, qualificationId: number) {
  return db
    .selectFrom("referential_versions")
    .selectAll()
    .where("qualification_id", "=", qualificationId)
    .orderBy("version", "desc")
    .execute();
}

export function findVersionRow(db: Kysely<Database>, qualificationId: number, version: number) {
  return db
    .selectFrom("referential_versions")
    .selectAll()
    .where("qualification_id", "=", qualificationId)
    .where("version", "=", version)
    .executeTakeFirst();
}

export function findVersionRowById(db: Kysely<Database>, id: number) {
  return db.selectFrom("referential_versions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export function insertVersionRow(db: Kysely<Database>, row: Omit<ReferentialVersionRow, "id">) {
  return db.insertInto("referential_versions").values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Bumps a draft's revision only if it is still the one the editor started from; returns false when
 * someone saved in between (optimistic locking: concurrent edits never overwrite each other silently).
 */
export async function bumpRevision(
  db: Kysely<Database>,
  id: number,
  expectedRevision: number,
  changes: { pass_rule_json: string; validity_json: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("referential_versions")
    .set({ ...changes, revision: expectedRevision + 1 })
    .where("id", "=", id)
    .where("revision", "=", expectedRevision)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Moves a version to another status only if it is still in the status (and, for a draft, at the
 * revision) the move was decided on; false when another request changed it first (nothing written).
 */
export async function setVersionStatus(
  db: Kysely<Database>,
  id: number,
  from: { status: VersionStatus; revision?: number },
  changes: { status: VersionStatus; updated_at: string; published_at?: string; superseded_at?: string },
): Promise<boolean> {
  let query = db.updateTable("referential_versions").set(changes).where("id", "=", id);
  query = query.where("status", "=", from.status);
  if (from.revision !== undefined) query = query.where("revision", "=", from.revision);
  return Number((await query.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Deletes a version that is still a draft; false when it no longer is (nothing deleted). */
export async function deleteVersionRow(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom("referential_versions")
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Loads whole trees in three queries, for one or more owners, keyed like the owners given. */
export async function loadTrees(db: Kysely<Database>, owners: TreeOwner[]): Promise<Block[][]> {
  if (owners.length === 0) return [];
  const versionIds = owners.flatMap((o) => ("versionId" in o ? [o.versionId] : []));
  const adoptionIds = owners.flatMap((o) => ("adoptionId" in o ? [o.adoptionId] : []));
  const blocks = await db
    .selectFrom("referential_blocks")
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(versionIds.length ? [eb("version_id", "in", versionIds)] : []),
        ...(adoptionIds.length ? [eb("adoption_id", "in", adoptionIds)] : []),
      ]),
    )
    .orderBy("position")
    .execute();
  const blockIds = blocks.map((b) => b.id);
  const capacities = blockIds.length
    ? await db
        .selectFrom("referential_capacities")
        .selectAll()
        .where("block_id", "in", blockIds)
        .orderBy("position")
        .execute()
    : [];
  const capacityIds = capacities.map((c) => c.id);
  const criteria = capacityIds.length
    ? await db
        .selectFrom("referential_criteria")
        .selectAll()
        .where("capacity_id", "in", capacityIds)
        .orderBy("position")
        .execute()
    : [];

  const toBlock = (b: (typeof blocks)[number]): Block => ({
    code: b.code,
    title: b.title,
    rncpCode: b.rncp_code,
    capacities: capacities
      .filter((c) => c.block_id === b.id)
      .map((c) => ({
        code: c.code,
        title: c.title,
        conditions: c.conditions,
        methods: JSON.parse(c.methods_json) as AssessmentMethod[],
        criteria: criteria
          .filter((k) => k.capacity_id === c.id)
          .map((k) => ({ code: k.code, indicator: k.indicator, weight: Number(k.weight) })),
      })),
  });
  return owners.map((owner) =>
    blocks
      .filter((b) =>
        "versionId" in owner ? b.version_id === owner.versionId : b.adoption_id === owner.adoptionId,
      )
      .map(toBlock),
  );
}

/** Replaces an owner's whole tree (a draft being edited, or an adoption's modules being recorded). */
export async function replaceTree(db: Kysely<Database>, owner: TreeOwner, blocks: Block[]) {
  const ownerColumns =
    "versionId" in owner ? { version_id: owner.versionId } : { adoption_id: owner.adoptionId };
  await db
    .deleteFrom("referential_blocks")
    .where(
      "versionId" in owner ? "version_id" : "adoption_id",
      "=",
      "versionId" in owner ? owner.versionId : owner.adoptionId,
    )
    .execute();
  for (const [bi, block] of blocks.entries()) {
    const { id: blockId } = await db
      .insertInto("referential_blocks")
      .values({
        ...ownerColumns,
        position: bi,
        code: block.code,
        title: block.title,
        rncp_code: block.rncpCode,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [ci, capacity] of block.capacities.entries()) {
      const { id: capacityId } = await db
        .insertInto("referential_capacities")
        .values({
          block_id: blockId,
          position: ci,
          code: capacity.code,
          title: capacity.title,
          conditions: capacity.conditions,
          methods_json: JSON.stringify(capacity.methods),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (capacity.criteria.length > 0) {
        await db
          .insertInto("referential_criteria")
          .values(
            capacity.criteria.map((k, ki) => ({
              capacity_id: capacityId,
              position: ki,
              code: k.code,
              indicator: k.indicator,
              weight: k.weight,
            })),
          )
          .execute();
      }
    }
  }
}

export function insertAdoption(
  db: Kysely<Database>,
  row: {
    branch_id: number;
    version_id: number;
    decision_date: string;
    agreement_reference: string;
    created_at: string;
  },
) {
  return db.insertInto("adoptions").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Adoptions of a CQPI's versions, newest decision first, optionally for one branch. */
export function listAdoptionRows(
  db: Kysely<Database>,
  filter: { qualificationId: number; branchId?: number },
) {
  let query = db
    .selectFrom("adoptions")
    .innerJoin("referential_versions", "referential_versions.id", "adoptions.version_id")
    .innerJoin("branches", "branches.id", "adoptions.branch_id")
    .select([
      "adoptions.id",
      "adoptions.version_id",
      "adoptions.decision_date",
      "adoptions.agreement_reference",
      "adoptions.created_at",
      "referential_versions.version",
      "branches.code as branch_code",
      "branches.name as branch_name",
    ])
    .where("referential_versions.qualification_id", "=", filter.qualificationId);
  if (filter.branchId !== undefined) query = query.where("adoptions.branch_id", "=", filter.branchId);
  return query.orderBy("adoptions.decision_date", "desc").orderBy("adoptions.id", "desc").execute();
}

/** Capacity and criterion ids of trees, keyed by capacity code and by `${capacityCode}/${criterionCode}`. */
export async function loadItemIds(db: Kysely<Database>, owners: TreeOwner[]) {
  const versionIds = owners.flatMap((o) => ("versionId" in o ? [o.versionId] : []));
  const adoptionIds = owners.flatMap((o) => ("adoptionId" in o ? [o.adoptionId] : []));
  const rows = await db
    .selectFrom("referential_capacities")
    .innerJoin("referential_blocks", "referential_blocks.id", "referential_capacities.block_id")
    .leftJoin("referential_criteria", "referential_criteria.capacity_id", "referential_capacities.id")
    .select([
      "referential_criteria.id as criterion_id",
      "referential_criteria.code as criterion_code",
      "referential_capacities.id as capacity_id",
      "referential_capacities.code as capacity_code",
    ])
    .where((eb) =>
      eb.or([
        ...(versionIds.length ? [eb("referential_blocks.version_id", "in", versionIds)] : []),
        ...(adoptionIds.length ? [eb("referential_blocks.adoption_id", "in", adoptionIds)] : []),
      ]),
    )
    .execute();
  const criterionIds = new Map<string, number>();
  for (const r of rows)
    if (r.criterion_id !== null) criterionIds.set(`${r.capacity_code}/${r.criterion_code}`, r.criterion_id);
  return { capacityIds: new Map(rows.map((r) => [r.capacity_code, r.capacity_id])), criterionIds };
}
