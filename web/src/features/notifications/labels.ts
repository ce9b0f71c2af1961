import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { OutboxStatus } from "./types.ts";

export const outboxStatusKeys: Record<OutboxStatus, MessageKey> = {
  pending: "outbox.status.pending",
  sending: "outbox.status.sending",
  sent: "outbox.status.sent",
  failed: "outbox.status.failed",
};
