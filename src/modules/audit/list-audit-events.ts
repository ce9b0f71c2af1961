import type { AppContext } from "../../server/context.ts";
import { type Caller, hasRole } from "../accounts/caller.ts";
import { listEvents } from "./repository.ts";
import type { AuditListQuery } from "./schemas.ts";

/**
 * The audit log, newest first, filtered by action, entity, actor and time range: for the national
 * committee (and the platform itself) only; anybody else gets an empty page.
 */
export async function listAuditEvents(
  ctx: AppContext,
  { caller, query }: { caller: Caller; query: AuditListQuery },
) {
  if (caller.kind !== "platform" && !hasRole(caller, "admin")) return { items: [], total: 0 };
  const page = await listEvents(ctx.db, { ...query, actorUserId: query.actor });
  return {
    items: page.items.map((row) => ({
      seq: row.seq,
      occurredAt: row.occurred_at,
      actor: row.actor_user_id === null ? null : { id: row.actor_user_id, email: row.actor_email },
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before_json === null ? null : JSON.parse(row.before_json),
      after: row.after_json === null ? null : JSON.parse(row.after_json),
    })),
    total: page.total,
  };
}
