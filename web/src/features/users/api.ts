import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import type {
  Company,
  CreateCompanyInput,
  CreateUserInput,
  UpdateUserInput,
  User,
  UserListQuery,
} from "./types.ts";

export function useUsers(query: UserListQuery, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["users", "list", query],
    queryFn: () => api.get<Page<User>>(`/api/users${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>("/api/users", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UpdateUserInput }) =>
      api.patch<User>(`/api/users/${id}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}

/** Companies for the employer picker (admins and branch officers may list them). */
export function useCompanies(q: string, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["companies", "list", q],
    queryFn: () => api.get<Page<Company>>(`/api/companies${toQueryString({ q, limit: 50 })}`),
    placeholderData: keepPreviousData,
  });
}

/** One company by id, for a picker whose chosen company is not among the current search results. */
export function useCompany(id: number | null) {
  return useQuery({
    enabled: id !== null,
    queryKey: ["companies", "detail", id],
    queryFn: () => api.get<Company>(`/api/companies/${id}`),
  });
}

/** Registers a company (an establishment, by its SIRET) in a branch: admins, and branch officers in theirs. */
export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCompanyInput) => api.post<Company>("/api/companies", input),
    onSuccess: (company) => {
      queryClient.setQueryData(["companies", "detail", company.id], company);
      return queryClient.invalidateQueries({ queryKey: ["companies"] });
    },
  });
}
