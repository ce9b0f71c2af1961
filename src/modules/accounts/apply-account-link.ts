import type { Kysely } from "kysely";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/schema.ts";
import { enqueueMessages } from "../notifications/enqueue-messages.ts";
import { accountLinkMessage } from "./account-link-message.ts";
import { type AccountLinkPurpose, linkExpiry, passwordLinkUrl } from "./account-link-rules.ts";
import { insertAccountLink, retireLinksOfUser } from "./account-links-repository.ts";
import { generateSecret, hashSecret } from "./secrets.ts";

/**
 * Issues a one-time link for the user and puts the e-mail carrying it in the outbox, on the caller's
 * transaction: the message exists if and only if the link does, and is sent after the commit (wake
 * the sender then). Earlier unused links of the user stop working. Only the secret's hash is kept.
 */
export async function applyAccountLink(
  trx: Kysely<Database>,
  config: Pick<Config, "publicUrl">,
  {
    user,
    purpose,
    now,
  }: { user: { id: number; email: string; displayName: string }; purpose: AccountLinkPurpose; now: Date },
) {
  const token = generateSecret();
  const at = now.toISOString();
  await retireLinksOfUser(trx, user.id, at);
  await insertAccountLink(trx, {
    userId: user.id,
    purpose,
    tokenHash: hashSecret(token),
    createdAt: at,
    expiresAt: linkExpiry(now, purpose),
  });
  const url = passwordLinkUrl(config.publicUrl, token);
  await enqueueMessages(trx, [accountLinkMessage({ ...user, url }, purpose)], at);
}
