import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";
import { pathwayPath, pathwaysKey } from "../pathways/api.ts";
import type { GridRequest } from "./grid-values.ts";
import type { AssessmentView, EvidenceFile, NewAssessmentInput } from "./types.ts";

const assessmentPath = (id: number) => `/api/assessments/${id}`;
export const evidencePath = (id: number) => `/api/evidence/${id}`;
export const assessmentKey = (id: number) => ["assessments", id] as const;

/** The assessments of a pathway: kept under the pathway's queries, which every move refreshes. */
export function useAssessments(pathwayId: number) {
  return useQuery({
    queryKey: [...pathwaysKey, "detail", pathwayId, "assessments"],
    queryFn: () => api.get<{ items: AssessmentView[] }>(`${pathwayPath(pathwayId)}/assessments`),
  });
}

export const assessmentQuery = (id: number) => ({
  queryKey: assessmentKey(id),
  queryFn: () => api.get<AssessmentView>(assessmentPath(id)),
});

export function useAssessment(id: number) {
  return useQuery({ ...assessmentQuery(id), enabled: Number.isInteger(id) && id > 0 });
}

export function useOpenAssessment(pathwayId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAssessmentInput) =>
      api.post<AssessmentView>(`${pathwayPath(pathwayId)}/assessments`, input),
    onSuccess: async (view) => {
      queryClient.setQueryData(assessmentKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: pathwaysKey });
    },
  });
}

/** Sends one part of the grid at the revision it was typed on; the answer is the new revision. */
export function sendGridRequest(id: number, request: GridRequest): Promise<AssessmentView> {
  return api.put<AssessmentView>(`${assessmentPath(id)}/${request.kind}`, request.body);
}

/** A write that answers the assessment: cached as is; the pathway (its bilan, its list) is refetched. */
export function useAssessmentMutation<Input>(id: number, mutationFn: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      const view = result as Partial<AssessmentView> | undefined;
      if (view && view.id === id && Array.isArray(view.capacities))
        queryClient.setQueryData(assessmentKey(id), view);
      else await queryClient.invalidateQueries({ queryKey: assessmentKey(id) });
      await queryClient.invalidateQueries({ queryKey: pathwaysKey });
    },
  });
}

export const useCloseAssessment = (id: number) =>
  useAssessmentMutation(id, () => api.post<AssessmentView>(`${assessmentPath(id)}/close`, undefined));

/** The candidate side hands the booklet to the evaluator, at the revision last seen. */
export const useSubmitBooklet = (id: number) =>
  useAssessmentMutation(id, (revision: number) =>
    api.post<AssessmentView>(`${assessmentPath(id)}/submit`, { revision }),
  );

export const useUploadEvidence = (id: number) =>
  useAssessmentMutation(id, ({ file, capacityCode }: { file: File; capacityCode: string | null }) => {
    const form = new FormData();
    if (capacityCode) form.append("capacityCode", capacityCode);
    form.append("file", file);
    return api.upload<EvidenceFile | AssessmentView>(`${assessmentPath(id)}/evidence`, form);
  });

/** The candidate takes back a file they uploaded (the server refuses anyone else). */
export const useDeleteEvidence = (id: number) =>
  useAssessmentMutation(id, (evidenceId: number) => api.delete(evidencePath(evidenceId)));
