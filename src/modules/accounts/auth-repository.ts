import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { LoginFailureState } from "./rules.ts";

/** SQL for sessions, API tokens and login failures. */

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: number; createdAt: string; expiresAt: string },
) {
  await db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The active user behind an unexpired session, with the codes of their branches. */
export function findSessionUser(db: Kysely<Database>, tokenHash: string, nowIso: string) {
  return firstWithBranchCodes(
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .leftJoin("user_branches", "user_branches.user_id", "users.id")
      .leftJoin("branches", "branches.id", "user_branches.branch_id")
      .select(["users.id", "users.email", "users.role", "users.company_id", "sessions.expires_at"])
      .select("branches.code as branch_code")
      .where("sessions.token_hash", "=", tokenHash)
      .where("sessions.expires_at", ">", nowIso)
      .where("users.is_active", "=", 1),
  );
}

/**
 * The lookups that authenticate a request join the user's branches, so that resolving a caller is one
 * query: a row per branch (a single row with a null code for a user without any), folded here.
 */
async function firstWithBranchCodes<Row extends { branch_code: string | null }>(query: {
  execute(): Promise<Row[]>;
}): Promise<(Omit<Row, "branch_code"> & { branchCodes: string[] }) | undefined> {
  const rows = await query.execute();
  const [first] = rows;
  if (!first) return undefined;
  const { branch_code: _, ...user } = first;
  const branchCodes = rows.flatMap((row) => (row.branch_code === null ? [] : [row.branch_code])).sort();
  return { ...user, branchCodes };
}

export async function extendSession(db: Kysely<Database>, tokenHash: string, expiresAt: string) {
  await db
    .updateTable("sessions")
    .set({ expires_at: expiresAt })
    .where("token_hash", "=", tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string) {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number) {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/** Deletes the expired sessions, of one user or of everyone. */
export async function deleteExpiredSessions(db: Kysely<Database>, nowIso: string, userId?: number) {
  let query = db.deleteFrom("sessions").where("expires_at", "<=", nowIso);
  if (userId !== undefined) query = query.where("user_id", "=", userId);
  await query.execute();
}

export async function findLoginFailure(
  db: Kysely<Database>,
  email: string,
): Promise<LoginFailureState | undefined> {
  const row = await db.selectFrom("login_failures").selectAll().where("email", "=", email).executeTakeFirst();
  return (
    row && {
      failureCount: row.failure_count,
      firstFailureAt: row.first_failure_at,
      lockedUntil: row.locked_until,
    }
  );
}

export async function saveLoginFailure(db: Kysely<Database>, email: string, state: LoginFailureState) {
  const values = {
    failure_count: state.failureCount,
    first_failure_at: state.firstFailureAt,
    locked_until: state.lockedUntil,
  };
  await db
    .insertInto("login_failures")
    .values({ email, ...values })
    .onConflict((oc) => oc.column("email").doUpdateSet(values))
    .execute();
}

export async function clearLoginFailures(db: Kysely<Database>, email: string) {
  await db.deleteFrom("login_failures").where("email", "=", email).execute();
}

export async function insertApiToken(
  db: Kysely<Database>,
  token: { userId: number; name: string; prefix: string; tokenHash: string; createdAt: string },
) {
  return db
    .insertInto("api_tokens")
    .values({
      user_id: token.userId,
      name: token.name,
      prefix: token.prefix,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listApiTokensOfUser(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom("api_tokens")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("id", "desc")
    .execute();
}

export function findApiToken(db: Kysely<Database>, id: number) {
  return db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Revokes a token still in force; false when it was already revoked (nothing written). */
export async function revokeApiToken(db: Kysely<Database>, id: number, revokedAt: string) {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: revokedAt })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes every token of a user still in force; returns the tokens as they were. */
export async function revokeApiTokensOfUser(db: Kysely<Database>, userId: number, revokedAt: string) {
  return db
    .updateTable("api_tokens")
    .set({ revoked_at: revokedAt })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .returningAll()
    .execute();
}

/** The active user behind an unrevoked API token, with the codes of their branches. */
export function findTokenUser(db: Kysely<Database>, tokenHash: string) {
  return firstWithBranchCodes(
    db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .leftJoin("user_branches", "user_branches.user_id", "users.id")
      .leftJoin("branches", "branches.id", "user_branches.branch_id")
      .select("branches.code as branch_code")
      .select([
        "users.id",
        "users.email",
        "users.role",
        "users.company_id",
        "api_tokens.id as token_id",
        "api_tokens.last_used_at",
      ])
      .where("api_tokens.token_hash", "=", tokenHash)
      .where("api_tokens.revoked_at", "is", null)
      .where("users.is_active", "=", 1),
  );
}

export async function touchApiToken(db: Kysely<Database>, id: number, usedAt: string) {
  await db.updateTable("api_tokens").set({ last_used_at: usedAt }).where("id", "=", id).execute();
}
