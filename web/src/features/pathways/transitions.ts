import type { Role } from "../auth/types.ts";
import type { PathwayEvent, PathwayStatus } from "./types.ts";

/**
 * The moves that exist from each status: the server's transition table (src/modules/pathways/rules.ts)
 * without its guards. The server still decides; this only keeps buttons that could never work out of sight.
 */
const eventsByStatus: Record<PathwayStatus, readonly PathwayEvent[]> = {
  registered: ["start_positioning", "withdraw"],
  positioning: ["complete_positioning", "withdraw"],
  positioned: ["submit_to_jury", "start_training", "withdraw"],
  in_training: ["start_reassessment", "withdraw"],
  reassessment: ["submit_to_jury", "resume_training", "withdraw"],
  ready_for_jury: ["withdraw"],
  withdrawn: ["archive"],
  archived: [],
};

/** Who may trigger each event (the server's `eventRoles`); a candidate may only withdraw. */
const eventRoles: Record<PathwayEvent, readonly Role[]> = {
  start_positioning: ["admin", "branch_officer", "evaluator"],
  complete_positioning: ["admin", "branch_officer", "evaluator"],
  start_training: ["admin", "branch_officer"],
  start_reassessment: ["admin", "branch_officer", "evaluator"],
  resume_training: ["admin", "branch_officer", "evaluator"],
  submit_to_jury: ["admin", "branch_officer", "evaluator"],
  withdraw: ["admin", "branch_officer", "candidate"],
  archive: ["admin", "branch_officer"],
};

/** Moves that end the pathway: asked for confirmation and shown apart from the next steps. */
export const endingEvents: readonly PathwayEvent[] = ["withdraw", "archive"];

/**
 * The buttons to offer for a pathway to a role. Once the bilan is known, only the way it points to is
 * offered: à niveau → the jury; gaps → training (the server would refuse the other way anyway).
 */
export function availableEvents(
  pathway: { status: PathwayStatus; isAtLevel: boolean },
  role: Role,
): PathwayEvent[] {
  return eventsByStatus[pathway.status].filter((event) => {
    if (!eventRoles[event].includes(role)) return false;
    if (event === "submit_to_jury") return pathway.isAtLevel;
    if (event === "start_training" || event === "resume_training") return !pathway.isAtLevel;
    return true;
  });
}
