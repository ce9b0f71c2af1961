import type { AppContext } from "../../server/context.ts";
import { createDocumentLoader, type DocumentLoader } from "./credential/document-loader.ts";
import { buildDidDocument, multikeyOf } from "./credential/issuer-did.ts";
import { issuerOf, statusListUrl } from "./issuer.ts";
import { findStatusListRow, listIssuerKeyRows } from "./repository.ts";

/** The issuer's DID document: every key it has had, current and rotated out. */
export async function readDidDocument(ctx: AppContext) {
  const keys = await listIssuerKeyRows(ctx.db);
  return buildDidDocument(
    issuerOf(ctx.config).id,
    keys.map((k) => k.public_key_multibase),
  );
}

/** A signed status list credential as published, or null. */
export async function readStatusListCredential(
  ctx: AppContext,
  id: number,
): Promise<Record<string, unknown> | null> {
  const row = await findStatusListRow(ctx.db, id);
  return row ? (JSON.parse(row.credential_json) as Record<string, unknown>) : null;
}

/**
 * The loader used to verify: bundled contexts plus the platform's own DID document, keys and status lists,
 * read from its database. Anything else, another issuer's document included, is refused, never fetched.
 */
export function platformDocumentLoader(ctx: AppContext): DocumentLoader {
  const did = issuerOf(ctx.config).id;
  const listPrefix = statusListUrl(ctx.config, 0).slice(0, -1);
  return createDocumentLoader(async (url) => {
    if (url === did) return readDidDocument(ctx);
    if (url.startsWith(`${did}#`)) {
      const key = url.slice(did.length + 1);
      const keys = await listIssuerKeyRows(ctx.db);
      return keys.some((k) => k.public_key_multibase === key) ? multikeyOf(did, key) : null;
    }
    if (url.startsWith(listPrefix) && /^\d+$/.test(url.slice(listPrefix.length)))
      return readStatusListCredential(ctx, Number(url.slice(listPrefix.length)));
    return null;
  });
}
