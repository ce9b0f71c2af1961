import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { countDeclaredInTallies } from "./repository.ts";
import type { CdcPeriod } from "./schemas.ts";

/**
 * The declaration files' SQL. The holders of a certification are read from the certificates, their
 * statistics facts and the candidates' identity (read models of those modules): full, unrevoked awards.
 */
export async function findQualificationCodes(db: Kysely<Database>, certificationCode: string) {
  const rows = await db
    .selectFrom("qualifications")
    .where("rncp_code", "=", certificationCode)
    .select("code")
    .execute();
  return rows.map((r) => r.code);
}

export function listHoldersOfPeriod(db: Kysely<Database>, qualificationCodes: string[], period: CdcPeriod) {
  let query = db
    .selectFrom("certificates as c")
    .innerJoin("award_facts as f", "f.certificate_id", "c.id")
    .innerJoin("candidates as k", "k.id", "f.candidate_id")
    .where("c.qualification_code", "in", qualificationCodes)
    .where("c.kind", "=", "full")
    .where("c.revoked_at", "is", null);
  if (period.from) query = query.where("c.awarded_on", ">=", period.from);
  if (period.to) query = query.where("c.awarded_on", "<=", period.to);
  return query
    .select([
      "c.id",
      "c.number",
      "c.awarded_on",
      "c.holder_given_names",
      "c.holder_family_name",
      "f.route",
      "f.registered_on",
      "f.declared_on",
      "f.declaration_due_on",
      "k.birth_name",
      "k.usage_name",
      "k.first_names_json",
      "k.birth_date",
      "k.sex",
      "k.birth_insee_code",
      "k.birth_postal_code",
      "k.birth_city",
      "k.birth_country_code",
      "k.birth_country",
    ])
    .orderBy("c.awarded_on")
    .orderBy("c.number")
    .execute();
}
export type HolderOfPeriod = Awaited<ReturnType<typeof listHoldersOfPeriod>>[number];

/** The file, each certificate it declares, and the first declaration day on the statistics facts. */
export async function insertDeclarationFile(
  trx: Kysely<Database>,
  file: {
    fluxId: string;
    certificationCode: string;
    period: CdcPeriod;
    sha256: string;
    createdAt: string;
    createdByUserId: number | null;
  },
  certificateIds: number[],
) {
  const { id } = await trx
    .insertInto("cdc_declaration_files")
    .values({
      flux_id: file.fluxId,
      certification_code: file.certificationCode,
      period_from: file.period.from ?? "",
      period_to: file.period.to ?? "",
      holder_count: certificateIds.length,
      sha256: file.sha256,
      created_at: file.createdAt,
      created_by_user_id: file.createdByUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("cdc_declarations")
    .values(
      certificateIds.map((certificateId) => ({
        file_id: id,
        certificate_id: certificateId,
        declared_at: file.createdAt,
      })),
    )
    .execute();
  await countDeclaredInTallies(trx, certificateIds, file.createdAt.slice(0, 10));
  await trx
    .updateTable("award_facts")
    .set({ declared_on: file.createdAt.slice(0, 10) })
    .where("certificate_id", "in", certificateIds)
    .where("declared_on", "is", null)
    .execute();
  return id;
}

/** The files that declared a certificate, oldest first. */
export function listDeclarationsOf(db: Kysely<Database>, certificateId: number) {
  return db
    .selectFrom("cdc_declarations as d")
    .innerJoin("cdc_declaration_files as f", "f.id", "d.file_id")
    .where("d.certificate_id", "=", certificateId)
    .select(["f.flux_id", "d.declared_at"])
    .orderBy("d.declared_at")
    .execute();
}
