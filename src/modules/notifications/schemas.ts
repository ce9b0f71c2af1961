import { z } from "zod";
import { pageOf, pageQuery } from "../../server/pagination.ts";

/**
 * The notification outbox: each message is written in the transaction of the fact it announces and
 * sent after commit. pending → sending (claimed by one sender) → sent, or back to pending with a
 * later attempt time after a failure; failed once the attempts are spent.
 */
export const outboxStatus = z.enum(["pending", "sending", "sent", "failed"]);
export type OutboxStatus = z.infer<typeof outboxStatus>;

export const outboxListQuery = pageQuery.extend({ status: outboxStatus.optional() });

export const outboxMessageView = z.object({
  id: z.number().int(),
  kind: z.string().describe("What the message announces, e.g. jury.convened, jury.decision"),
  recipient: z.string(),
  subject: z.string(),
  text: z.string(),
  attachments: z.array(z.object({ fileName: z.string(), contentType: z.string() })),
  status: outboxStatus,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessageView = z.infer<typeof outboxMessageView>;

export const outboxList = pageOf(outboxMessageView);
