import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { linkRefusal } from "./account-link-rules.ts";
import { consumeAccountLink, findAccountLink, retireLinksOfUser } from "./account-links-repository.ts";
import { endSessionsAndTokens } from "./api-tokens.ts";
import { clearLoginFailures } from "./auth-repository.ts";
import { accountLinkInvalid } from "./errors.ts";
import { updateUser } from "./repository.ts";
import type { PasswordResetConfirmInput } from "./schemas.ts";
import { hashPassword, hashSecret } from "./secrets.ts";

/**
 * Sets the password of the account a one-time link (invitation or reset) was sent for. The link is
 * used by a conditional write, so a second use — or two at once — is refused with nothing changed;
 * the account's other links, sessions and API tokens end with it, and its login lockout is lifted.
 */
export async function confirmPasswordReset(
  ctx: AppContext,
  { token, password }: PasswordResetConfirmInput,
): Promise<void> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const link = await findAccountLink(ctx.db, hashSecret(token));
  const refusal = linkRefusal(link, link?.is_active === 1, now);
  if (refusal || !link) throw accountLinkInvalid(refusal ?? "unknown");
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await consumeAccountLink(trx, link.id, at))) throw accountLinkInvalid("used");
    await retireLinksOfUser(trx, link.user_id, at);
    await updateUser(trx, link.user_id, { password_hash: passwordHash, updated_at: at });
    await endSessionsAndTokens(trx, { actorUserId: link.user_id, userId: link.user_id, at });
    await clearLoginFailures(trx, link.email);
    await recordAuditEvent(trx, {
      actorUserId: link.user_id,
      action: link.purpose === "invitation" ? "user.accept_invitation" : "user.reset_password",
      entityType: "user",
      entityId: link.user_id,
      occurredAt: at,
    });
  });
}
