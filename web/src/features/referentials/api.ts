import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";
import type {
  Adoption,
  AdoptionInput,
  BranchReferential,
  SaveDraftInput,
  VersionDiff,
  VersionSummary,
  VersionView,
} from "./types.ts";

const segment = encodeURIComponent;

export const versionsPath = (code: string) => `/api/qualifications/${segment(code)}/versions`;
export const versionPath = (code: string, version: number) => `${versionsPath(code)}/${version}`;
const branchQualificationPath = (branchCode: string, code: string) =>
  `/api/branches/${segment(branchCode)}/qualifications/${segment(code)}`;
export const branchReferentialPdfPath = (branchCode: string, code: string) =>
  `${branchQualificationPath(branchCode, code)}/referential.pdf`;

/** Query keys start with the CQPI: any change to its referential refreshes everything shown about it. */
const referentialKey = (code: string) => ["referentials", code] as const;

export function useVersions(code: string, isEnabled = true) {
  return useQuery({
    enabled: isEnabled && code !== "",
    queryKey: [...referentialKey(code), "versions"],
    queryFn: () => api.get<{ items: VersionSummary[] }>(versionsPath(code)),
  });
}

export function useVersion(code: string, version: number) {
  return useQuery({
    enabled: Number.isInteger(version) && version > 0,
    queryKey: [...referentialKey(code), "version", version],
    queryFn: () => api.get<VersionView>(versionPath(code, version)),
  });
}

export function useVersionDiff(code: string, version: number, from: number) {
  return useQuery({
    enabled: Number.isInteger(from) && from > 0,
    queryKey: [...referentialKey(code), "diff", from, version],
    queryFn: () => api.get<VersionDiff>(`${versionPath(code, version)}/diff?from=${from}`),
  });
}

/** The branches' adoptions of a CQPI, as query options (also read for several CQPIs at once). */
export const adoptionsQuery = (code: string) => ({
  queryKey: [...referentialKey(code), "adoptions"],
  queryFn: () => api.get<{ items: Adoption[] }>(`/api/qualifications/${segment(code)}/adoptions`),
});

export function useAdoptions(code: string) {
  return useQuery(adoptionsQuery(code));
}

export function useBranchReferential(branchCode: string, code: string) {
  return useQuery({
    queryKey: [...referentialKey(code), "branch", branchCode],
    queryFn: () => api.get<BranchReferential>(`${branchQualificationPath(branchCode, code)}/referential`),
  });
}

/** A write to a CQPI's referential: the answered version goes straight into the cache, the rest is refetched. */
function useReferentialMutation<Input, Result>(code: string, mutationFn: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      const view = result as Partial<VersionView> | undefined;
      if (view && typeof view.version === "number" && Array.isArray(view.blocks)) {
        queryClient.setQueryData([...referentialKey(code), "version", view.version], view);
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: referentialKey(code) }),
        // Adopting a CQPI also records the branch as operating it.
        queryClient.invalidateQueries({ queryKey: ["branches"] }),
        queryClient.invalidateQueries({ queryKey: ["qualifications"] }),
      ]);
    },
  });
}

export const useCreateDraft = (code: string) =>
  useReferentialMutation(code, () => api.post<VersionView>(versionsPath(code), undefined));

export const useSaveDraft = (code: string, version: number) =>
  useReferentialMutation(code, (input: SaveDraftInput) =>
    api.put<VersionView>(versionPath(code, version), input),
  );

/** Deletes a draft; the page leaves it, so only the lists are refreshed (refetching the draft would 404). */
export function useDeleteDraft(code: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(versionPath(code, version)),
    onSuccess: () => {
      queryClient.removeQueries({
        queryKey: [...referentialKey(code), "version", version],
        type: "inactive",
      });
      void queryClient.invalidateQueries({ queryKey: [...referentialKey(code), "versions"] });
    },
  });
}

export const usePublishVersion = (code: string, version: number) =>
  useReferentialMutation(code, () =>
    api.post<VersionView>(`${versionPath(code, version)}/publish`, undefined),
  );

export const useRecordAdoption = (code: string) =>
  useReferentialMutation(code, ({ branchCode, input }: { branchCode: string; input: AdoptionInput }) =>
    api.post<Adoption>(`${branchQualificationPath(branchCode, code)}/adoptions`, input),
  );

/** Imports a 1EdTech CASE package (its JSON text) as a new draft. */
export const useImportCase = (code: string) =>
  useReferentialMutation(code, (packageText: string) =>
    api.sendFile<VersionView>("POST", `${versionsPath(code)}/import-case`, packageText, "application/json"),
  );

/** Replaces a draft's tree with an evaluation grid (CSV or XLSX), at the revision the reader saw. */
export const useImportGrid = (code: string, version: number) =>
  useReferentialMutation(
    code,
    ({ file, contentType, revision }: { file: Blob; contentType: string; revision: number }) =>
      api.sendFile<VersionView>(
        "PUT",
        `${versionPath(code, version)}/grid?revision=${revision}`,
        file,
        contentType,
      ),
  );
