import type { AppContext } from "../../server/context.ts";
import type { ActingCaller } from "../accounts/caller.ts";
import { addIssuerKey, type IssuerKeyChange } from "./issuer-keys.ts";

/**
 * Replaces the signing key by a new one. The old key is retired, not deleted: it stays in the DID document
 * so that every credential it signed still verifies, and signs nothing more.
 */
export function rotateIssuerKey(ctx: AppContext, key: { caller: ActingCaller }): Promise<IssuerKeyChange> {
  return addIssuerKey(ctx, { caller: key.caller, mode: "rotate" });
}
