import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ScoreRecord } from "../pathways/gap-analysis.ts";
import { assessmentRound, listClosedScores } from "./repository.ts";

/**
 * What the assessments of a pathway have established, for the pathways module's rules (its gap
 * analysis and the guards of its moves). Unscoped: the pathway has been found in the caller's scope.
 */

/** Every score of the pathway's closed assessments, with the criterion's key and the assessment day. */
export function closedScoresOf(db: Kysely<Database>, pathwayId: number): Promise<ScoreRecord[]> {
  return listClosedScores(db, pathwayId);
}

/**
 * Where the assessments of the current round stand: one closed since the pathway entered its status
 * (so a second evaluation taken before training resumed does not count again), and any still open.
 */
export function assessmentRoundOf(
  db: Kysely<Database>,
  pathway: { id: number; status_changed_at: string },
): Promise<{ hasClosedSinceStatusChange: boolean; hasOpen: boolean }> {
  return assessmentRound(db, pathway);
}
