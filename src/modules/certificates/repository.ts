import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { CertificateTable } from "../../db/schema-certificates.ts";

/** SQL of certificates, issuer keys and status lists. */

export function listIssuerKeyRows(db: Kysely<Database>) {
  return db.selectFrom("issuer_keys").selectAll().orderBy("id").execute();
}

export function findCurrentIssuerKeyRow(db: Kysely<Database>) {
  return db.selectFrom("issuer_keys").selectAll().where("is_current", "=", 1).executeTakeFirst();
}

/** Retires the current key; returns whether there was one to retire. */
export async function retireCurrentIssuerKey(db: Kysely<Database>, at: string): Promise<boolean> {
  const result = await db
    .updateTable("issuer_keys")
    .set({ is_current: null, retired_at: at })
    .where("is_current", "=", 1)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function insertIssuerKey(db: Kysely<Database>, publicKeyMultibase: string, at: string) {
  return db
    .insertInto("issuer_keys")
    .values({ public_key_multibase: publicKeyMultibase, is_current: 1, created_at: at, retired_at: null })
    .execute();
}

export function findStatusListRow(db: Kysely<Database>, id: number) {
  return db.selectFrom("status_lists").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The list new certificates get an entry in: the latest one. */
export function findLatestStatusListRow(db: Kysely<Database>) {
  return db.selectFrom("status_lists").selectAll().orderBy("id", "desc").limit(1).executeTakeFirst();
}

/** The list opened after a full one, if any. */
export function findStatusListFollowing(db: Kysely<Database>, id: number) {
  return db.selectFrom("status_lists").selectAll().where("follows_id", "=", id).executeTakeFirst();
}

export async function insertStatusList(
  db: Kysely<Database>,
  values: { purpose: string; length: number; at: string; followsId: number | null },
): Promise<number> {
  const row = await db
    .insertInto("status_lists")
    .values({
      purpose: values.purpose,
      length: values.length,
      credential_json: "{}",
      revision: 0,
      updated_at: values.at,
      follows_id: values.followsId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Bumps the list's revision first: on PostgreSQL the row lock makes a concurrent revocation wait until this
 * one commits, and then read the revoked entries with this one's included.
 */
export function lockStatusList(db: Kysely<Database>, id: number) {
  return db
    .updateTable("status_lists")
    .set({ revision: sql`revision + 1` })
    .where("id", "=", id)
    .returning(["id", "revision", "length"])
    .executeTakeFirstOrThrow();
}

export function saveStatusListCredential(
  db: Kysely<Database>,
  id: number,
  credentialJson: string,
  at: string,
) {
  return db
    .updateTable("status_lists")
    .set({ credential_json: credentialJson, updated_at: at })
    .where("id", "=", id)
    .execute();
}

export async function listStatusIndices(db: Kysely<Database>, statusListId: number, onlyRevoked: boolean) {
  let query = db
    .selectFrom("certificates")
    .select("status_list_index")
    .where("status_list_id", "=", statusListId);
  if (onlyRevoked) query = query.where("revoked_at", "is not", null);
  return (await query.execute()).map((r) => r.status_list_index);
}

export function insertCertificate(db: Kysely<Database>, values: Omit<CertificateTable, "id">) {
  return db.insertInto("certificates").values(values).returning("id").executeTakeFirstOrThrow();
}

export function findCertificateRow(
  db: Kysely<Database>,
  by: { number: string } | { juryDecisionId: number } | { qrToken: string },
) {
  const query = db.selectFrom("certificates").selectAll();
  if ("number" in by) return query.where("number", "=", by.number).executeTakeFirst();
  if ("qrToken" in by) return query.where("qr_token", "=", by.qrToken).executeTakeFirst();
  return query.where("jury_decision_id", "=", by.juryDecisionId).executeTakeFirst();
}

/** Revokes a certificate that is not revoked yet; returns whether this call revoked it. */
export async function revokeCertificateRow(
  db: Kysely<Database>,
  id: number,
  revocation: { at: string; byUserId: number | null; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable("certificates")
    .set({
      revoked_at: revocation.at,
      revoked_by_user_id: revocation.byUserId,
      revocation_reason: revocation.reason,
    })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
