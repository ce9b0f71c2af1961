import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import { pathwaysKey } from "../pathways/api.ts";
import type { Candidate, CandidateDetail, CandidateInput } from "./types.ts";

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

/** One candidate's record (identity, contact, employer), if the caller may see it. */
export function useCandidate(id: number, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["candidates", "detail", id],
    queryFn: () => api.get<CandidateDetail>(`${candidatesPath}/${id}`),
  });
}

/**
 * Registers a candidate, or corrects the record of `candidateId`. Pathways show the candidate's name,
 * so they are read again after a correction.
 */
export function useSaveCandidate(candidateId?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CandidateInput) =>
      candidateId === undefined
        ? api.post<Candidate>(candidatesPath, input)
        : api.patch<Candidate>(`${candidatesPath}/${candidateId}`, input),
    // The record is read again rather than set from the answer: only a read says whether it may be corrected.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["candidates"] }),
        candidateId !== undefined && queryClient.invalidateQueries({ queryKey: pathwaysKey }),
      ]),
  });
}
