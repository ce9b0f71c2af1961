import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import { certificateApiPath } from "./paths.ts";
import type {
  CertificateList,
  CertificateListQuery,
  CertificateView,
  PublicCertificateView,
  VerificationResult,
} from "./types.ts";

/** Every certificate query starts with "certificates": a revocation refreshes the lists and public pages. */
export const certificatesKey = ["certificates"] as const;

export function useCertificates(query: CertificateListQuery, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: [...certificatesKey, "list", query],
    queryFn: () => api.get<CertificateList>(`/api/certificates${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** The public summary: the holder named only with the matching family name or the QR code's token. */
export function usePublicCertificate(number: string, key: { familyName?: string; token?: string }) {
  return useQuery({
    enabled: number !== "",
    queryKey: [...certificatesKey, "public", number, key],
    queryFn: () =>
      api.get<PublicCertificateView>(`${certificateApiPath(number)}${toQueryString({ ...key })}`),
  });
}

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, reason }: { number: string; reason: string }) =>
      api.post<CertificateView>(`${certificateApiPath(number)}/revoke`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificatesKey }),
  });
}

export function useVerifyCredential() {
  return useMutation({
    mutationFn: (credential: Record<string, unknown>) =>
      api.post<VerificationResult>("/api/verify", { credential }),
  });
}
