import { isUniqueViolation } from "../../db/dialect.ts";
import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { keyIdOf } from "./credential/issuer-did.ts";
import { generateSigningKey } from "./credential/sign-credential.ts";
import { issuerKeyChanged, issuerKeyExists, issuerKeyMissing } from "./errors.ts";
import { issuerOf } from "./issuer.ts";
import { addKeyToFile } from "./issuer-key-file.ts";
import { openStatusList } from "./publish-status-list.ts";
import {
  findCurrentIssuerKeyRow,
  findLatestStatusListRow,
  insertIssuerKey,
  retireCurrentIssuerKey,
} from "./repository.ts";

export interface IssuerKeyChange {
  keyId: string;
  publicKeyMultibase: string;
  /** The key this one replaces, which stays published for what it signed. */
  retiredPublicKeyMultibase: string | null;
}

/**
 * Makes a new signing key: its public half in the database (published in the DID document), its private
 * half appended to the key file last, inside the transaction, so that a failed file write writes nothing.
 * The first key also opens the first revocation list.
 */
export async function addIssuerKey(
  ctx: AppContext,
  options: { caller: ActingCaller; mode: "generate" | "rotate" },
): Promise<IssuerKeyChange> {
  const did = issuerOf(ctx.config).id;
  const pair = await generateSigningKey(did);
  const key = { ...pair, id: keyIdOf(did, pair.publicKeyMultibase), controller: did };
  const at = isoNow(ctx);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const current = await findCurrentIssuerKeyRow(trx);
      if (options.mode === "generate" && current) throw issuerKeyExists();
      if (options.mode === "rotate" && !current)
        throw issuerKeyMissing("not_generated", "there is no key to rotate yet (cqpi keys generate)");
      if (current && !(await retireCurrentIssuerKey(trx, at))) throw issuerKeyChanged();
      await insertIssuerKey(trx, key.publicKeyMultibase, at);
      if (!(await findLatestStatusListRow(trx))) await openStatusList(trx, ctx.config, { key, at });
      const change = {
        keyId: key.id,
        publicKeyMultibase: key.publicKeyMultibase,
        retiredPublicKeyMultibase: current?.public_key_multibase ?? null,
      };
      await recordAuditEvent(trx, {
        actorUserId: authorId(options.caller),
        action: `issuer_key.${options.mode}`,
        entityType: "issuer_key",
        entityId: key.publicKeyMultibase,
        before: current ? { current: current.public_key_multibase } : null,
        after: { current: key.publicKeyMultibase },
        occurredAt: at,
      });
      await addKeyToFile(ctx.config.keyFile, { ...pair, createdAt: at });
      return change;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw issuerKeyChanged();
    throw error;
  }
}
