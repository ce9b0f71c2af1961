import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import type { Candidate, CandidateInput } from "./types.ts";

const candidatesPath = "/api/candidates";

/** Candidates of the caller's scope, searched by name as the user types. */
export function useCandidates(q: string, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["candidates", "list", q],
    queryFn: () => api.get<Page<Candidate>>(`${candidatesPath}${toQueryString({ q, limit: 50 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CandidateInput) => api.post<Candidate>(candidatesPath, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["candidates"] }),
  });
}
