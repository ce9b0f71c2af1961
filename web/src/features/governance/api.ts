import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import type {
  AddMemberInput,
  AdhesionHistory,
  AdhesionView,
  BodyDetail,
  BodyView,
  DecisionView,
  DocumentKind,
  DocumentView,
  MemberView,
  RecordDecisionInput,
  RecordOpinionInput,
  RequestAdhesionInput,
} from "./types.ts";

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

/** A branch's charter adhesion requests, latest first, as query options (also read for several branches). */
export const adhesionHistoryQuery = (branchCode: string) => ({
  queryKey: [...governanceKey, "adhesions", branchCode],
  queryFn: () => api.get<AdhesionHistory>(`/api/branches/${segment(branchCode)}/adhesion-requests`),
});

/** A branch's charter adhesion requests, latest first: public. */
export function useAdhesionHistory(branchCode: string) {
  return useQuery({ ...adhesionHistoryQuery(branchCode), enabled: branchCode !== "" });
}

/**
 * A write to the register refreshes everything governance shows (members, decisions and their count,
 * libraries, adhesion histories) and the catalogue's branches, whose adhesion date a decision may set.
 * The refetch is not awaited: the form that wrote closes and says so first, since the fresh data may
 * remove the very button that opened it (a request filed, an opinion recorded).
 */
function useRegisterMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: governanceKey });
      void queryClient.invalidateQueries({ queryKey: ["branches"] });
    },
  });
}

export const useAddMember = (bodyId: number) =>
  useRegisterMutation((input: AddMemberInput) =>
    api.post<MemberView>(`/api/bodies/${bodyId}/members`, input),
  );

export const useRecordDecision = (bodyId: number) =>
  useRegisterMutation((input: RecordDecisionInput) =>
    api.post<DecisionView>(`/api/bodies/${bodyId}/decisions`, input),
  );

/** A new document of a body's library, with its first version. */
export interface NewDocumentInput {
  title: string;
  kind: DocumentKind;
  file: File;
}

export const useUploadDocument = (bodyId: number) =>
  useRegisterMutation(({ title, kind, file }: NewDocumentInput) => {
    const form = new FormData();
    form.append("title", title);
    form.append("kind", kind);
    form.append("bodyId", String(bodyId));
    form.append("file", file);
    return api.upload<DocumentView>("/api/documents", form);
  });

export const useUploadDocumentVersion = () =>
  useRegisterMutation(({ documentId, file }: { documentId: number; file: File }) => {
    const form = new FormData();
    form.append("file", file);
    return api.upload<DocumentView>(`/api/documents/${documentId}/versions`, form);
  });

export const useRequestAdhesion = (branchCode: string) =>
  useRegisterMutation((input: RequestAdhesionInput) =>
    api.post<AdhesionView>(`/api/branches/${segment(branchCode)}/adhesion-requests`, input),
  );

export const useRecordOpinion = () =>
  useRegisterMutation(({ adhesionId, input }: { adhesionId: number; input: RecordOpinionInput }) =>
    api.post<AdhesionView>(`/api/adhesion-requests/${adhesionId}/opinion`, input),
  );
