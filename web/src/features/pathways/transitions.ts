import { eventRoles } from "../../../../src/modules/pathways/policy.ts";
import type { TransitionRefusal } from "../../../../src/modules/pathways/rules.ts";
import type { Role } from "../auth/types.ts";
import type { PathwayDetail, PathwayEvent } from "./types.ts";

/** Moves that end the pathway: asked for confirmation and shown apart from the next steps. */
export const endingEvents: readonly PathwayEvent[] = ["withdraw", "archive"];

/** A move offered on the pathway's page: a button, disabled with its reason while `refusal` is set. */
export interface OfferedMove {
  event: PathwayEvent;
  refusal: TransitionRefusal | null;
}

/**
 * The moves to offer for a pathway to a role: those of the server's transition table from its status
 * that the role may make, each with the refusal the server's guard gives now (sent with the pathway).
 * Once the bilan is known, only the way it points to is offered: à niveau → the jury; gaps → training.
 */
export function availableMoves(
  pathway: Pick<PathwayDetail, "isAtLevel" | "moves">,
  role: Role,
): OfferedMove[] {
  return pathway.moves.filter(({ event }) => {
    if (!eventRoles[event].includes(role)) return false;
    if (event === "submit_to_jury") return pathway.isAtLevel;
    if (event === "start_training" || event === "resume_training") return !pathway.isAtLevel;
    return true;
  });
}
