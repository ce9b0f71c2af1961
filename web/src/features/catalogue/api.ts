import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import type {
  Branch,
  BranchDetail,
  BranchInput,
  ListQuery,
  OperatingLinkInput,
  Qualification,
  QualificationDetail,
  QualificationInput,
} from "./types.ts";

const branchesPath = "/api/branches";
const qualificationsPath = "/api/qualifications";
const segment = encodeURIComponent;

export function useBranches(query: ListQuery, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["branches", "list", query],
    queryFn: () => api.get<Page<Branch>>(`${branchesPath}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function useBranch(code: string, isEnabled = true) {
  return useQuery({
    enabled: isEnabled && code !== "",
    queryKey: ["branches", "detail", code],
    queryFn: () => api.get<BranchDetail>(`${branchesPath}/${segment(code)}`),
  });
}

export function useQualifications(query: ListQuery, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["qualifications", "list", query],
    queryFn: () => api.get<Page<Qualification>>(`${qualificationsPath}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function useQualification(code: string) {
  return useQuery({
    queryKey: ["qualifications", "detail", code],
    queryFn: () => api.get<QualificationDetail>(`${qualificationsPath}/${segment(code)}`),
  });
}

/** Branch and CQPI pages both show counts and links, so any catalogue change refreshes both. */
function useCatalogueMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["branches"] }),
        queryClient.invalidateQueries({ queryKey: ["qualifications"] }),
      ]);
    },
  });
}

export const useCreateBranch = () =>
  useCatalogueMutation((input: BranchInput) => api.post<Branch>(branchesPath, input));

export const useUpdateBranch = (code: string) =>
  useCatalogueMutation((input: Partial<Omit<BranchInput, "code">>) =>
    api.patch<Branch>(`${branchesPath}/${segment(code)}`, input),
  );

export const useCreateQualification = () =>
  useCatalogueMutation((input: QualificationInput) => api.post<Qualification>(qualificationsPath, input));

export const useUpdateQualification = (code: string) =>
  useCatalogueMutation((input: Partial<Omit<QualificationInput, "code">>) =>
    api.patch<Qualification>(`${qualificationsPath}/${segment(code)}`, input),
  );

const linkPath = (branchCode: string, qualificationCode: string) =>
  `${branchesPath}/${segment(branchCode)}/qualifications/${segment(qualificationCode)}`;

/** Records that a branch operates a CQPI (or updates the link's date and note). */
export const useSaveOperatingLink = () =>
  useCatalogueMutation(({ branchCode, qualificationCode, operatedSince, note }: OperatingLinkInput) =>
    api.put<unknown>(linkPath(branchCode, qualificationCode), { operatedSince, note }),
  );

export const useRemoveOperatingLink = () =>
  useCatalogueMutation(
    ({ branchCode, qualificationCode }: Pick<OperatingLinkInput, "branchCode" | "qualificationCode">) =>
      api.delete(linkPath(branchCode, qualificationCode)),
  );
