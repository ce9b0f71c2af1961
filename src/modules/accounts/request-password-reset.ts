import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { RESET_RESEND_AFTER_MINUTES } from "./account-link-rules.ts";
import { hasRecentLink } from "./account-links-repository.ts";
import { applyAccountLink } from "./apply-account-link.ts";
import { findUserByEmail } from "./repository.ts";
import { normalizeEmail } from "./rules.ts";

/**
 * Sends a password reset link to the active account with this e-mail, if there is one. The caller
 * always learns the same thing (nothing), so that the request reveals no account. While an unused
 * reset link younger than a few minutes exists, no other is sent.
 */
export async function requestPasswordReset(ctx: AppContext, { email }: { email: string }): Promise<void> {
  const user = await findUserByEmail(ctx.db, normalizeEmail(email));
  if (user?.is_active !== 1) return;
  const now = ctx.clock.now();
  const recently = new Date(now.getTime() - RESET_RESEND_AFTER_MINUTES * 60_000).toISOString();
  const isIssued = await ctx.db.transaction().execute(async (trx) => {
    if (await hasRecentLink(trx, user.id, "password_reset", recently)) return false;
    await applyAccountLink(trx, ctx.config, {
      user: { id: user.id, email: user.email, displayName: user.display_name },
      purpose: "password_reset",
      now,
    });
    await recordAuditEvent(trx, {
      actorUserId: null,
      action: "user.request_password_reset",
      entityType: "user",
      entityId: user.id,
      occurredAt: now.toISOString(),
    });
    return true;
  });
  if (isIssued) wakeOutboxSender(ctx);
}
