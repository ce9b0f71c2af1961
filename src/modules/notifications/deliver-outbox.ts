import { type AppContext, isoNow } from "../../server/context.ts";
import type { Attachment } from "./enqueue-messages.ts";
import { claimMessage, listDueMessages, settleMessage } from "./repository.ts";

/** What sends one message (SMTP in production, a recorder in tests). Throws when it could not. */
export interface MailTransport {
  send(message: { to: string; subject: string; text: string; attachments: Attachment[] }): Promise<void>;
}

/** Attempts per message before it is marked failed. */
export const MAX_ATTEMPTS = 6;

/** Minutes to wait before attempt n+1 after n failed attempts: 1, 4, 16, 64, 256. */
export const retryDelayMinutes = (failedAttempts: number) => 4 ** (failedAttempts - 1);

/**
 * Sends the messages that are due, each claimed first by a conditional update so that concurrent
 * senders never send one twice. A failure puts the message back with a later attempt time
 * (exponential backoff) until MAX_ATTEMPTS; a crash between sending and recording leaves it
 * `sending`, never resent automatically (at most once, visible to admins). Returns how many were sent.
 */
export async function deliverOutbox(ctx: AppContext, transport: MailTransport, limit = 50): Promise<number> {
  let sent = 0;
  for (const message of await listDueMessages(ctx.db, isoNow(ctx), limit)) {
    if (!(await claimMessage(ctx.db, message.id, message.attempts, isoNow(ctx)))) continue;
    const attempts = message.attempts + 1;
    try {
      await transport.send({
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        attachments: JSON.parse(message.attachments_json) as Attachment[],
      });
      await settleMessage(ctx.db, message.id, {
        status: "sent",
        sent_at: isoNow(ctx),
        next_attempt_at: null,
        last_error: null,
      });
      sent++;
    } catch (error) {
      const isSpent = attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(ctx.clock.now().getTime() + retryDelayMinutes(attempts) * 60_000);
      await settleMessage(ctx.db, message.id, {
        status: isSpent ? "failed" : "pending",
        next_attempt_at: isSpent ? null : retryAt.toISOString(),
        last_error: String((error as Error)?.message ?? error).slice(0, 500),
        sent_at: null,
      });
    }
  }
  return sent;
}
