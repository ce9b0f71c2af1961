import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AuditAction, AuditEntityType } from "./actions.ts";
import { advanceHead, appendEvent } from "./repository.ts";
import { canonicalJson, computeEventHash } from "./rules.ts";

export interface AuditEventInput {
  /** The user who made the change; null for the platform itself (demo seed, CLI without a user). */
  actorUserId: number | null;
  /** `<entity>.<verb>`, e.g. `branch.update`: one of the typed list in actions.ts. */
  action: AuditAction;
  /** The kind of record changed: one of `auditEntityTypes` in actions.ts. */
  entityType: AuditEntityType;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  occurredAt: string;
}

/**
 * Appends one event to the hash chain. Call it inside the transaction that makes the change, so that
 * the change and its audit record are written together or not at all. Never pass secrets (password
 * hashes, tokens) in `before`/`after`.
 */
export async function recordAuditEvent(trx: Kysely<Database>, input: AuditEventInput): Promise<void> {
  const { seq, prevHash } = await advanceHead(trx);
  const event = {
    seq,
    occurredAt: input.occurredAt,
    actorUserId: input.actorUserId,
    action: input.action,
    entityType: input.entityType,
    entityId: String(input.entityId),
    beforeJson: input.before === undefined || input.before === null ? null : canonicalJson(input.before),
    afterJson: input.after === undefined || input.after === null ? null : canonicalJson(input.after),
    prevHash,
  };
  await appendEvent(trx, { ...event, hash: computeEventHash(event) });
}
