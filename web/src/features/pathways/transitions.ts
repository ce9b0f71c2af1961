import { eventRoles } from "../../../../src/modules/pathways/policy.ts";
import { pathwayTransitions } from "../../../../src/modules/pathways/rules.ts";
import type { Role } from "../auth/types.ts";
import type { PathwayEvent, PathwayStatus } from "./types.ts";

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
  // The server's transition table and roles, without the guards: the server still decides; this only
  // keeps buttons that could never work out of sight.
  const events = Object.keys(pathwayTransitions[pathway.status]) as PathwayEvent[];
  return events.filter((event) => {
    if (!eventRoles[event].includes(role)) return false;
    if (event === "submit_to_jury") return pathway.isAtLevel;
    if (event === "start_training" || event === "resume_training") return !pathway.isAtLevel;
    return true;
  });
}
