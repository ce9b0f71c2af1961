import { useQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import type { AdhesionHistory, BodyDetail, BodyView, DecisionView, DocumentView } from "./types.ts";

const segment = encodeURIComponent;

/** Every governance query starts with "governance". */
export const governanceKey = ["governance"] as const;

/** The bodies: public, no personal data. */
export function useBodies() {
  return useQuery({
    queryKey: [...governanceKey, "bodies"],
    queryFn: async () => (await api.get<{ items: BodyView[] }>("/api/bodies")).items,
  });
}

/** A body with its members (signed in). */
export function useBody(id: number, isEnabled = true) {
  return useQuery({
    enabled: isEnabled && id > 0,
    queryKey: [...governanceKey, "body", id],
    queryFn: () => api.get<BodyDetail>(`/api/bodies/${id}`),
  });
}

/** A body's decisions register, latest first (signed in), as query options (also read for several bodies at once). */
export const decisionsQuery = (bodyId: number) => ({
  queryKey: [...governanceKey, "decisions", bodyId],
  queryFn: async () => (await api.get<{ items: DecisionView[] }>(`/api/bodies/${bodyId}/decisions`)).items,
});

export function useDecisions(bodyId: number, isEnabled = true) {
  return useQuery({ ...decisionsQuery(bodyId), enabled: isEnabled && bodyId > 0 });
}

/** A body's document library (signed in). */
export function useBodyDocuments(bodyId: number, isEnabled = true) {
  return useQuery({
    enabled: isEnabled && bodyId > 0,
    queryKey: [...governanceKey, "documents", bodyId],
    queryFn: async () =>
      (await api.get<{ items: DocumentView[] }>(`/api/documents${toQueryString({ bodyId })}`)).items,
  });
}

/** A branch's charter adhesion requests, latest first: public. */
export function useAdhesionHistory(branchCode: string) {
  return useQuery({
    enabled: branchCode !== "",
    queryKey: [...governanceKey, "adhesions", branchCode],
    queryFn: () => api.get<AdhesionHistory>(`/api/branches/${segment(branchCode)}/adhesion-requests`),
  });
}
