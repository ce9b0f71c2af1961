import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, platform } from "../accounts/caller.ts";
import { addIssuerKey, type IssuerKeyChange } from "./issuer-keys.ts";
import { findCurrentIssuerKeyRow } from "./repository.ts";

/** Generates the issuer's first signing key; refused with ISSUER_KEY_EXISTS once there is one. */
export function generateIssuerKey(ctx: AppContext, key: { caller: ActingCaller }): Promise<IssuerKeyChange> {
  return addIssuerKey(ctx, { caller: key.caller, mode: "generate" });
}

/** The demo's first start: a signing key if there is none yet, so that certificates can be issued at once. */
export async function ensureIssuerKey(ctx: AppContext): Promise<IssuerKeyChange | null> {
  if (await findCurrentIssuerKeyRow(ctx.db)) return null;
  return generateIssuerKey(ctx, { caller: platform });
}
