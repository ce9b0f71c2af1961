import { useQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import type { Portability, PortabilityHolder, PortabilityTarget } from "./types.ts";

/** Where the question is asked: both forms are public and answer without anyone's personal data. */
export function portabilityPath(holder: PortabilityHolder, target: PortabilityTarget): string {
  const query = { qualification: target.qualificationCode, branch: target.branchCode };
  return holder.kind === "certificate"
    ? `/api/certificates/${encodeURIComponent(holder.number)}/portability${toQueryString(query)}`
    : `/api/portability${toQueryString({ qualificationFrom: holder.code, ...query })}`;
}

/** What the holder already has and still needs for the target, once a target is chosen. */
export function usePortability(holder: PortabilityHolder, target: PortabilityTarget | null) {
  return useQuery({
    enabled: target !== null,
    queryKey: ["portability", holder, target],
    queryFn: () => api.get<Portability>(portabilityPath(holder, target!)),
  });
}
