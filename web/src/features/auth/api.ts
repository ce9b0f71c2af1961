import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../../lib/api.ts";
import type { Me } from "./types.ts";

export const meQueryKey = ["me"] as const;

/** The current user, or `null` when nobody is logged in (a 401 here is not an error). */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.get<Me>("/api/me");
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export interface LoginInput {
  email: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<{ user: Me }>("/api/auth/login", input),
    onSuccess: ({ user }) => {
      // Lists fetched while anonymous may hide what the user may now see or edit.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/api/auth/logout", undefined),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

/** Asks for a reset link; the server answers the same whether or not the address is an account's. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) => api.post<void>("/api/auth/password-reset", input),
  });
}

/** Sets the password of the account a one-time link (invitation or reset) was sent for. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<void>("/api/auth/password-reset/confirm", input),
  });
}
