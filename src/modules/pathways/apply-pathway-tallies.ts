import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { addPathwayTallies } from "./repository.ts";
import type { PathwayStatus } from "./rules.ts";

/**
 * Adds pathways written in bulk (a synthetic history) to the counts per branch × CQPI × status that the
 * lists read, on the transaction that writes them; registrations and moves keep them on their own.
 */
export function applyPathwayTallies(
  trx: Kysely<Database>,
  rows: readonly { branch_id: number; qualification_id: number; status: PathwayStatus; pathways: number }[],
) {
  const merged = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.branch_id}:${row.qualification_id}:${row.status}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, pathways: seen.pathways + row.pathways } : row);
  }
  return addPathwayTallies(trx, [...merged.values()]);
}
