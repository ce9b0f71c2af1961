import type { AppContext } from "../../server/context.ts";
import type { Attachment } from "./enqueue-messages.ts";
import { listMessages } from "./repository.ts";
import type { OutboxMessageView, OutboxStatus } from "./schemas.ts";

/** The outbox as admins read it: every message, newest first, with its sending state (no attachment bodies). */
export async function listOutbox(
  ctx: AppContext,
  query: { status?: OutboxStatus | undefined; q?: string | undefined; limit: number; offset: number },
) {
  const page = await listMessages(ctx.db, query);
  const items: OutboxMessageView[] = page.items.map((m) => ({
    id: m.id,
    kind: m.kind,
    recipient: m.recipient,
    subject: m.subject,
    text: m.text,
    attachments: (JSON.parse(m.attachments_json) as Attachment[]).map(({ fileName, contentType }) => ({
      fileName,
      contentType,
    })),
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.next_attempt_at,
    lastError: m.last_error,
    createdAt: m.created_at,
    sentAt: m.sent_at,
  }));
  return { items, total: page.total };
}
