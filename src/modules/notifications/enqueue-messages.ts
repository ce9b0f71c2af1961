import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { insertMessages } from "./repository.ts";

export interface Attachment {
  fileName: string;
  contentType: string;
  /** The file's text (calendar invitations and other small text files). */
  content: string;
}

export interface OutgoingMessage {
  /** What the message announces, e.g. `jury.convened`; lets admins filter and later features reuse the outbox. */
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  attachments?: Attachment[];
}

/**
 * Writes messages to the outbox. Call it inside the transaction of the fact the messages announce:
 * they exist if and only if the fact was committed, and are sent after the commit (see
 * deliver-outbox.ts). Recipients without an address are skipped.
 */
export async function enqueueMessages(trx: Kysely<Database>, messages: OutgoingMessage[], at: string) {
  await insertMessages(
    trx,
    messages
      .filter((m) => m.recipient.includes("@"))
      .map((m) => ({
        kind: m.kind,
        recipient: m.recipient.toLowerCase(),
        subject: m.subject,
        text: m.text,
        attachments_json: JSON.stringify(m.attachments ?? []),
        status: "pending",
        attempts: 0,
        next_attempt_at: at,
        claimed_at: null,
        last_error: null,
        created_at: at,
        sent_at: null,
      })),
  );
}
