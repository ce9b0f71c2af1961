import { useQueries } from "@tanstack/react-query";
import { decisionsQuery, useBodies } from "../governance/api.ts";

/**
 * The bodies and the decisions of those that took any (the registers are read signed in): what the
 * list names a correspondence's decision by, and what the form offers to cite.
 */
export function useDecisionsOfBodies(isEnabled: boolean) {
  const bodyList = useBodies();
  const bodies = bodyList.data ?? [];
  const deciding = bodies.filter((body) => body.decisionCount > 0);
  const registers = useQueries({
    queries: deciding.map((body) => ({ ...decisionsQuery(body.id), enabled: isEnabled })),
  });
  return {
    bodies,
    decisions: registers.flatMap((register) => register.data ?? []),
    isLoaded: bodyList.isSuccess && registers.every((register) => register.isSuccess),
  };
}
