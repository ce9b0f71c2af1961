import type { Kysely } from "kysely";
import type { Config } from "../../config.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import { createDocumentLoader } from "./credential/document-loader.ts";
import { type SigningKey, signCredential } from "./credential/sign-credential.ts";
import { buildStatusListCredential } from "./credential/status-list-credential.ts";
import { statusListUrl } from "./issuer.ts";
import {
  findStatusListFollowing,
  insertStatusList,
  listStatusIndices,
  lockStatusList,
  saveStatusListCredential,
} from "./repository.ts";

/**
 * Signs the status list again from the revocations in the database, inside the caller's transaction: the
 * list's row is locked first, so two revocations at once each publish a list that holds both.
 */
export async function publishStatusList(
  trx: Kysely<Database>,
  config: Config,
  options: { statusListId: number; key: SigningKey; at: string },
): Promise<void> {
  const { length } = await lockStatusList(trx, options.statusListId);
  const revokedIndices = await listStatusIndices(trx, options.statusListId, true);
  const unsigned = await buildStatusListCredential({
    url: statusListUrl(config, options.statusListId),
    length,
    issuerId: options.key.controller,
    validFrom: options.at,
    revokedIndices,
  });
  const signed = await signCredential(unsigned, options.key, {
    created: options.at,
    documentLoader: createDocumentLoader(),
  });
  await saveStatusListCredential(trx, options.statusListId, JSON.stringify(signed), options.at);
}

/**
 * Opens a new, empty revocation list of `config.statusListLength` entries, published at once so that
 * credentials naming it verify. `followsId` is the full list it takes over from (null for the first).
 */
export async function openStatusList(
  trx: Kysely<Database>,
  config: Config,
  options: { key: SigningKey; at: string; followsId?: number },
): Promise<number> {
  const statusListId = await insertStatusList(trx, {
    purpose: "revocation",
    length: config.statusListLength,
    at: options.at,
    followsId: options.followsId ?? null,
  });
  await publishStatusList(trx, config, { statusListId, ...options });
  return statusListId;
}

/**
 * The list that takes over from a full one: opened by the first issuance that finds it full; one racing
 * with it loses on the unique `follows_id` and takes the list the winner opened.
 */
export async function openNextStatusList(
  ctx: AppContext,
  options: { fullId: number; key: SigningKey; at: string },
) {
  const opened = await findStatusListFollowing(ctx.db, options.fullId);
  if (opened) return opened;
  try {
    await ctx.db
      .transaction()
      .execute((trx) =>
        openStatusList(trx, ctx.config, { key: options.key, at: options.at, followsId: options.fullId }),
      );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const next = await findStatusListFollowing(ctx.db, options.fullId);
  if (!next) throw new Error(`the status list following ${options.fullId} was neither opened nor found`);
  return next;
}
