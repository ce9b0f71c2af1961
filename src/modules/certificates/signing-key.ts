import type { AppContext } from "../../server/context.ts";
import { keyIdOf } from "./credential/issuer-did.ts";
import type { SigningKey } from "./credential/sign-credential.ts";
import { issuerKeyMissing } from "./errors.ts";
import { issuerOf } from "./issuer.ts";
import { readKeyFile } from "./issuer-key-file.ts";
import { findCurrentIssuerKeyRow } from "./repository.ts";

/**
 * The key that signs now: the database says which one is current, the key file holds its private half.
 * Refused with ISSUER_KEY_MISSING when none was generated or the key file lacks it.
 */
export async function loadSigningKey(ctx: AppContext): Promise<SigningKey> {
  const current = await findCurrentIssuerKeyRow(ctx.db);
  if (!current) throw issuerKeyMissing("not_generated", "none was generated (cqpi keys generate)");
  const stored = (await readKeyFile(ctx.config.keyFile)).find(
    (k) => k.publicKeyMultibase === current.public_key_multibase,
  );
  if (!stored)
    throw issuerKeyMissing(
      "private_key_missing",
      "the key file does not hold the current key's private half",
    );
  const { id: did } = issuerOf(ctx.config);
  return {
    id: keyIdOf(did, stored.publicKeyMultibase),
    controller: did,
    publicKeyMultibase: stored.publicKeyMultibase,
    secretKeyMultibase: stored.secretKeyMultibase,
  };
}
