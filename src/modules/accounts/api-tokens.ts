import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import {
  findApiToken,
  insertApiToken,
  listApiTokensOfUser,
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

/** Lists the caller's own API tokens (never their secret). */
export async function listApiTokens(ctx: AppContext, { caller }: { caller: UserCaller }) {
  return (await listApiTokensOfUser(ctx.db, caller.userId)).map(toTokenView);
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

/** Revokes one of the caller's tokens; someone else's token is reported as not found. */
export async function revokeApiToken(
  ctx: AppContext,
  { caller, tokenId }: { caller: UserCaller; tokenId: number },
) {
  const row = await findApiToken(ctx.db, tokenId);
  if (!row || row.user_id !== caller.userId) throw tokenNotFound();
  if (row.revoked_at) return;
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await revokeRow(trx, tokenId, at);
    await recordAuditEvent(trx, {
      actorUserId: caller.userId,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: tokenId,
      before: toTokenView(row),
      after: toTokenView({ ...row, revoked_at: at }),
      occurredAt: at,
    });
  });
}
