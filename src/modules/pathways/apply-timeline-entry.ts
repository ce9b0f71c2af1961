import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { pathwayNotFound } from "./errors.ts";
import { findPathwayStatus, insertTransition } from "./repository.ts";
import type { PathwayTimelineFact } from "./rules.ts";

export interface TimelineEntry {
  pathwayId: number;
  fact: PathwayTimelineFact;
  caller: ActingCaller;
  /** ISO-8601 time of the fact, the same as the calling module's own rows and audit event. */
  at: string;
}

/**
 * Adds a fact of another module (an appeal lodged or answered) to the pathway's timeline, on the
 * transaction that writes that fact, so that both are committed together or not at all. The pathway
 * does not move: the entry goes from and to the status the transaction sees. The calling use case
 * has checked the caller's right and records its own audit event.
 */
export async function applyTimelineEntry(trx: Transaction<Database>, entry: TimelineEntry): Promise<void> {
  const status = await findPathwayStatus(trx, entry.pathwayId);
  if (!status) throw pathwayNotFound();
  await insertTransition(trx, {
    pathway_id: entry.pathwayId,
    event: entry.fact,
    from_status: status,
    to_status: status,
    actor_user_id: authorId(entry.caller),
    occurred_at: entry.at,
  });
}
