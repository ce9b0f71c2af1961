import type { AppContext } from "../../server/context.ts";
import { addIssuerKey, type IssuerKeyChange } from "./issuer-keys.ts";

/**
 * Replaces the signing key by a new one. The old key is retired, not deleted: it stays in the DID document
 * so that every credential it signed still verifies, and signs nothing more.
 */
export function rotateIssuerKey(
  ctx: AppContext,
  key: { actorUserId: number | null },
): Promise<IssuerKeyChange> {
  return addIssuerKey(ctx, { actorUserId: key.actorUserId, mode: "rotate" });
}
