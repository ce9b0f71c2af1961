import type { Kysely } from "kysely";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/schema.ts";
import { createDocumentLoader } from "./credential/document-loader.ts";
import { type SigningKey, signCredential } from "./credential/sign-credential.ts";
import { buildStatusListCredential, STATUS_LIST_LENGTH } from "./credential/status-list-credential.ts";
import { statusListUrl } from "./issuer.ts";
import {
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
  await lockStatusList(trx, options.statusListId);
  const revokedIndices = await listStatusIndices(trx, options.statusListId, true);
  const unsigned = await buildStatusListCredential({
    url: statusListUrl(config, options.statusListId),
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

/** Opens a new, empty revocation list, published at once so that credentials naming it verify. */
export async function openStatusList(
  trx: Kysely<Database>,
  config: Config,
  options: { key: SigningKey; at: string },
): Promise<number> {
  const statusListId = await insertStatusList(trx, {
    purpose: "revocation",
    length: STATUS_LIST_LENGTH,
    at: options.at,
  });
  await publishStatusList(trx, config, { statusListId, ...options });
  return statusListId;
}
