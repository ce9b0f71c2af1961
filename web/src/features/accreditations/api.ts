import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import type { Accreditation, AccreditationFilter, AccreditationInput } from "./types.ts";

const accreditationsPath = "/api/accreditations";

/** Scoped by the server: an evaluator gets their own, a branch officer those of their branches. */
export function useAccreditations(filter: AccreditationFilter, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["accreditations", filter],
    queryFn: () =>
      api.get<{ items: Accreditation[] }>(`${accreditationsPath}${toQueryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

function useAccreditationMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["accreditations"] }),
  });
}

export const useCreateAccreditation = () =>
  useAccreditationMutation((input: AccreditationInput) => api.post<Accreditation>(accreditationsPath, input));

export const useRevokeAccreditation = () =>
  useAccreditationMutation((id: number) => api.delete(`${accreditationsPath}/${id}`));
