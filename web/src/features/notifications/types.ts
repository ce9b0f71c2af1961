import type { z } from "zod";
import type {
  outboxMessageView,
  OutboxStatus as ServerOutboxStatus,
} from "../../../../src/modules/notifications/schemas.ts";

/** One message of the notification outbox, as `GET /api/outbox` lists it. */
export type OutboxMessage = z.infer<typeof outboxMessageView>;
export type OutboxStatus = ServerOutboxStatus;

/** The sending states, in the order the filter offers them. */
export const outboxStatuses = [
  "pending",
  "sending",
  "sent",
  "failed",
] as const satisfies readonly OutboxStatus[];
