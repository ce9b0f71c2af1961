import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import {
  deleteSessionsOfUser,
  findApiToken,
  insertApiToken,
  listApiTokensOfUser,
  revokeApiTokensOfUser,
  revokeApiToken as revokeRow,
} from "./auth-repository.ts";
import type { UserCaller } from "./caller.ts";
import { tokenNotFound } from "./errors.ts";
import { generateSecret, hashSecret } from "./secrets.ts";

const TOKEN_PREFIX = "cqpi_";

type TokenRow = Awaited<ReturnType<typeof findApiToken>> & {};

function toTokenView(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Lists a user's API tokens (never their secret): the caller's own, or any user's for an admin's route. */
export async function listApiTokens(ctx: AppContext, { userId }: { userId: number }) {
  return (await listApiTokensOfUser(ctx.db, userId)).map(toTokenView);
}

/**
 * Creates an API token carrying the caller's rights. The secret is returned once and only its hash
 * is stored.
 */
export async function createApiToken(
  ctx: AppContext,
  { caller, name }: { caller: UserCaller; name: string },
) {
  const token = generateSecret(TOKEN_PREFIX);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertApiToken(trx, {
      userId: caller.userId,
      name,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: hashSecret(token),
      createdAt: at,
    });
    const item = toTokenView(row);
    await recordAuditEvent(trx, {
      actorUserId: caller.userId,
      action: "api_token.create",
      entityType: "api_token",
      entityId: row.id,
      after: item,
      occurredAt: at,
    });
    return { token, item };
  });
}

/**
 * Revokes a token of `ownerUserId` (the caller's own, or any user's for an admin's route); a token of
 * someone else is reported as not found. Revoking a revoked token changes and records nothing.
 */
export async function revokeApiToken(
  ctx: AppContext,
  { caller, ownerUserId, tokenId }: { caller: UserCaller; ownerUserId: number; tokenId: number },
) {
  const row = await findApiToken(ctx.db, tokenId);
  if (!row || row.user_id !== ownerUserId) throw tokenNotFound();
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await revokeRow(trx, tokenId, at))) return;
    await recordRevocation(trx, caller.userId, row, at);
  });
}

/**
 * Ends everything that lets a user in without their password: their sessions and their API tokens, in
 * the caller's transaction. Reactivating the user later revives none of them.
 */
export async function endSessionsAndTokens(
  trx: Kysely<Database>,
  { actorUserId, userId, at }: { actorUserId: number | null; userId: number; at: string },
) {
  await deleteSessionsOfUser(trx, userId);
  for (const row of await revokeApiTokensOfUser(trx, userId, at)) {
    await recordRevocation(trx, actorUserId, { ...row, revoked_at: null }, at);
  }
}

function recordRevocation(trx: Kysely<Database>, actorUserId: number | null, row: TokenRow, at: string) {
  return recordAuditEvent(trx, {
    actorUserId,
    action: "api_token.revoke",
    entityType: "api_token",
    entityId: row.id,
    before: toTokenView(row),
    after: toTokenView({ ...row, revoked_at: at }),
    occurredAt: at,
  });
}
