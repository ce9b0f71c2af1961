import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import type { Company, CreateUserInput, UpdateUserInput, User, UserListQuery } from "./types.ts";

export function useUsers(query: UserListQuery) {
  return useQuery({
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
export function useCompanies(q: string) {
  return useQuery({
    queryKey: ["companies", "list", q],
    queryFn: () => api.get<Page<Company>>(`/api/companies${toQueryString({ q, limit: 50 })}`),
    placeholderData: keepPreviousData,
  });
}
