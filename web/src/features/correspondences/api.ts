import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";
import type {
  Correspondence,
  ExternalCertification,
  ExternalCertificationInput,
  RecordCorrespondenceInput,
} from "./types.ts";

const correspondencesKey = ["correspondences"] as const;
const externalCertificationsKey = ["external-certifications"] as const;

/** Every correspondence recorded (public: acts of the bodies). */
export function useCorrespondences() {
  return useQuery({
    queryKey: correspondencesKey,
    queryFn: async () => (await api.get<{ items: Correspondence[] }>("/api/correspondences")).items,
  });
}

/** The certifications the platform does not run (a branch's own CQP), with their blocs: public. */
export function useExternalCertifications(isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: externalCertificationsKey,
    queryFn: async () =>
      (await api.get<{ items: ExternalCertification[] }>("/api/external-certifications")).items,
  });
}

/** Records a correspondence a body recognised: the map and the list are read again. */
export function useRecordCorrespondence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordCorrespondenceInput) => api.post<Correspondence>("/api/correspondences", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: correspondencesKey }),
  });
}

/** Enters an external certification, whose blocs the correspondence form then offers. */
export function useCreateExternalCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ExternalCertificationInput) =>
      api.post<ExternalCertification>("/api/external-certifications", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: externalCertificationsKey }),
  });
}
