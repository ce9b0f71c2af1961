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

/** True when a certificate holds that entry of that status list. */
export async function isStatusEntryTaken(db: Kysely<Database>, statusListId: number, index: number) {
  const row = await db
    .selectFrom("certificates")
    .select("id")
    .where("status_list_id", "=", statusListId)
    .where("status_list_index", "=", index)
    .executeTakeFirst();
  return row !== undefined;
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

/** Which of these jury decisions already have their certificate. */
export async function findDecisionsWithCertificate(db: Kysely<Database>, juryDecisionIds: readonly number[]) {
  if (juryDecisionIds.length === 0) return new Set<number>();
  const rows = await db
    .selectFrom("certificates")
    .select("jury_decision_id")
    .where("jury_decision_id", "in", juryDecisionIds)
    .execute();
  return new Set(rows.map((r) => r.jury_decision_id));
}

export function findIssuanceRetryRow(db: Kysely<Database>, sessionId: number) {
  return db
    .selectFrom("certificate_issuance_retries")
    .selectAll()
    .where("jury_session_id", "=", sessionId)
    .executeTakeFirst();
}

/** Records (or updates) that a session's issuance is to be tried again at `nextAttemptAt`. */
export function saveIssuanceRetry(
  db: Kysely<Database>,
  row: { sessionId: number; attempts: number; nextAttemptAt: string; lastError: string; at: string },
) {
  const values = {
    attempts: row.attempts,
    next_attempt_at: row.nextAttemptAt,
    last_error: row.lastError,
    updated_at: row.at,
  };
  return db
    .insertInto("certificate_issuance_retries")
    .values({ jury_session_id: row.sessionId, ...values })
    .onConflict((oc) => oc.column("jury_session_id").doUpdateSet(values))
    .execute();
}

export function deleteIssuanceRetry(db: Kysely<Database>, sessionId: number) {
  return db.deleteFrom("certificate_issuance_retries").where("jury_session_id", "=", sessionId).execute();
}

export function listDueIssuanceRetries(db: Kysely<Database>, now: string) {
  return db
    .selectFrom("certificate_issuance_retries")
    .selectAll()
    .where("next_attempt_at", "<=", now)
    .orderBy("next_attempt_at")
    .execute();
}

/**
 * Takes a due retry for this instance by pushing its next attempt back: the conditional write on the
 * attempt time seen lets one instance only run it.
 */
export async function claimIssuanceRetry(
  db: Kysely<Database>,
  claim: { sessionId: number; seenNextAttemptAt: string; leaseUntil: string },
): Promise<boolean> {
  const result = await db
    .updateTable("certificate_issuance_retries")
    .set({ next_attempt_at: claim.leaseUntil })
    .where("jury_session_id", "=", claim.sessionId)
    .where("next_attempt_at", "=", claim.seenNextAttemptAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
