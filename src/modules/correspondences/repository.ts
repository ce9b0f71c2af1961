import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { CorrespondenceTable } from "../../db/schema-governance.ts";

/** SQL of the correspondences module: external certifications and correspondences. */

type Db = Kysely<Database>;

export function listCorrespondences(db: Db, qualificationCode?: string) {
  let query = db.selectFrom("correspondences").selectAll();
  if (qualificationCode)
    query = query.where((eb) =>
      eb.or([eb("from_code", "=", qualificationCode), eb("to_code", "=", qualificationCode)]),
    );
  return query.orderBy("id").execute();
}

export function insertCorrespondence(trx: Transaction<Database>, row: Insertable<CorrespondenceTable>) {
  return trx.insertInto("correspondences").values(row).returningAll().executeTakeFirstOrThrow();
}

export function findExternalCertification(db: Db, code: string) {
  return db.selectFrom("external_certifications").selectAll().where("code", "=", code).executeTakeFirst();
}

export function listExternalCertifications(db: Db) {
  return db
    .selectFrom("external_certifications")
    .leftJoin("branches", "branches.id", "external_certifications.branch_id")
    .selectAll("external_certifications")
    .select("branches.code as branch_code")
    .orderBy("external_certifications.code")
    .execute();
}

export function blocksOf(db: Db, certificationIds: number[]) {
  if (certificationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("external_certification_blocks")
    .selectAll()
    .where("certification_id", "in", certificationIds)
    .orderBy("id")
    .execute();
}

export async function insertExternalCertification(
  trx: Transaction<Database>,
  row: Insertable<Database["external_certifications"]>,
  blocks: { code: string; title: string }[],
) {
  const { id } = await trx
    .insertInto("external_certifications")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("external_certification_blocks")
    .values(blocks.map((b) => ({ certification_id: id, code: b.code, title: b.title })))
    .execute();
  return id;
}
