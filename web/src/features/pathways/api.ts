import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import { adoptionsQuery } from "../referentials/api.ts";
import type {
  GapAnalysis,
  PathwayDetail,
  PathwayEvent,
  PathwayList,
  PathwayListQuery,
  RegisterPathwayInput,
  TrainingPlan,
  TrainingPlanInput,
} from "./types.ts";

const pathwaysPath = "/api/pathways";
export const pathwayPath = (id: number) => `${pathwaysPath}/${id}`;

/** Every pathway query starts with "pathways": any move refreshes lists, counts and pages alike. */
export const pathwaysKey = ["pathways"] as const;
const pathwayKey = (id: number) => [...pathwaysKey, "detail", id] as const;

export function usePathways(query: PathwayListQuery, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: [...pathwaysKey, "list", query],
    queryFn: () => api.get<PathwayList>(`${pathwaysPath}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function usePathway(id: number) {
  return useQuery({
    enabled: Number.isInteger(id) && id > 0,
    queryKey: pathwayKey(id),
    queryFn: () => api.get<PathwayDetail>(pathwayPath(id)),
  });
}

export function useGapAnalysis(id: number) {
  return useQuery({
    enabled: Number.isInteger(id) && id > 0,
    queryKey: [...pathwayKey(id), "gap-analysis"],
    queryFn: () => api.get<GapAnalysis>(`${pathwayPath(id)}/gap-analysis`),
  });
}

/** A write to a pathway: the answered detail goes straight into the cache, every pathway query is refetched. */
function usePathwayMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      const detail = result as Partial<PathwayDetail> | undefined;
      if (detail && typeof detail.id === "number" && Array.isArray(detail.timeline))
        queryClient.setQueryData(pathwayKey(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: pathwaysKey });
    },
  });
}

export const useRegisterPathway = () =>
  usePathwayMutation((input: RegisterPathwayInput) => api.post<PathwayDetail>(pathwaysPath, input));

export const useTransition = (id: number) =>
  usePathwayMutation((event: PathwayEvent) =>
    api.post<PathwayDetail>(`${pathwayPath(id)}/transitions`, { event }),
  );

export const useAssignEvaluator = (id: number) =>
  usePathwayMutation((evaluatorUserId: number) =>
    api.put<PathwayDetail>(`${pathwayPath(id)}/evaluator`, { evaluatorUserId }),
  );

export const useRecordTrainingPlan = (id: number) =>
  usePathwayMutation((input: TrainingPlanInput) =>
    api.post<TrainingPlan>(`${pathwayPath(id)}/training-plan`, input),
  );

/**
 * The CQPIs a branch may register candidates for: those it operates and whose referential its CPNE
 * adopted (the adoptions of each operated CQPI, read from the public catalogue).
 */
export function useAdoptedQualificationCodes(branchCode: string, operatedCodes: string[]) {
  const results = useQueries({
    queries: operatedCodes.map((code) => ({ ...adoptionsQuery(code), enabled: branchCode !== "" })),
  });
  const isPending = results.some((result) => result.isPending);
  const codes = operatedCodes.filter((_, index) =>
    results[index]?.data?.items.some((adoption) => adoption.branchCode === branchCode),
  );
  return { codes, isPending };
}
