import type { Kysely } from "kysely";
import type { Database, ReferentialExportTable } from "../../db/schema.ts";

/** SQL for the exports of published versions, kept once generated. */

export function findExport(db: Kysely<Database>, versionId: number, format: string) {
  return db
    .selectFrom("referential_exports")
    .selectAll()
    .where("version_id", "=", versionId)
    .where("format", "=", format)
    .executeTakeFirst();
}

/** Keeps an export, replacing one made from other facts (the CQPI renamed, the version superseded). */
export async function saveExport(db: Kysely<Database>, row: ReferentialExportTable) {
  const { version_id, format, ...changes } = row;
  await db
    .insertInto("referential_exports")
    .values(row)
    .onConflict((oc) => oc.columns(["version_id", "format"]).doUpdateSet(changes))
    .execute();
}
