import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import { pathwaysKey } from "../pathways/api.ts";
import type {
  AgendaInput,
  AnswerAppealInput,
  AppealInput,
  AppealView,
  AttendanceInput,
  CreateJurySessionInput,
  JuryAccountList,
  JurySessionDetail,
  JurySessionList,
  JurySessionListQuery,
  MembersInput,
  VoteInput,
} from "./types.ts";

const sessionsPath = "/api/jury-sessions";
const sessionPath = (id: number) => `${sessionsPath}/${id}`;
const deliberationPath = (id: number, pathwayId: number) => `${sessionPath(id)}/deliberations/${pathwayId}`;

/** Every jury query starts with "jury-sessions": a write refreshes the lists and the session alike. */
export const jurySessionsKey = ["jury-sessions"] as const;
const jurySessionKey = (id: number) => [...jurySessionsKey, "detail", id] as const;

/** While members vote, the session page follows the tally without a reload. */
const liveTallyIntervalMs = 5_000;

export function useJurySessions(query: JurySessionListQuery, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: [...jurySessionsKey, "list", query],
    queryFn: () => api.get<JurySessionList>(`${sessionsPath}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** The jury member accounts a secretariat may seat, fetched when the composition form opens. */
export function useJuryAccounts(isEnabled: boolean) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ["jury-members"],
    queryFn: () => api.get<JuryAccountList>(`/api/jury-members${toQueryString({ limit: 200, offset: 0 })}`),
  });
}

export function useJurySession(id: number) {
  return useQuery({
    enabled: Number.isInteger(id) && id > 0,
    queryKey: jurySessionKey(id),
    queryFn: () => api.get<JurySessionDetail>(sessionPath(id)),
    refetchInterval: (query) => (query.state.data?.status === "in_progress" ? liveTallyIntervalMs : false),
  });
}

/**
 * A write to a session: the answered detail goes straight into the cache; the lists and the pathways
 * (whose status a decision moves) are refetched.
 */
function useSessionMutation<Input>(mutationFn: (input: Input) => Promise<JurySessionDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (session) => {
      queryClient.setQueryData(jurySessionKey(session.id), session);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...jurySessionsKey, "list"] }),
        queryClient.invalidateQueries({ queryKey: pathwaysKey }),
      ]);
    },
  });
}

export const useCreateJurySession = () =>
  useSessionMutation((input: CreateJurySessionInput) => api.post<JurySessionDetail>(sessionsPath, input));

export const useComposeMembers = (id: number) =>
  useSessionMutation((input: MembersInput) =>
    api.put<JurySessionDetail>(`${sessionPath(id)}/members`, input),
  );

export const useAddToAgenda = (id: number) =>
  useSessionMutation((input: AgendaInput) => api.post<JurySessionDetail>(`${sessionPath(id)}/agenda`, input));

export const useRecordAttendance = (id: number) =>
  useSessionMutation((input: AttendanceInput) =>
    api.put<JurySessionDetail>(`${sessionPath(id)}/attendance`, input),
  );

export const useCastVote = (id: number, pathwayId: number) =>
  useSessionMutation((input: VoteInput) =>
    api.post<JurySessionDetail>(`${deliberationPath(id, pathwayId)}/votes`, input),
  );

export const useCloseDeliberation = (id: number) =>
  useSessionMutation((pathwayId: number) =>
    api.post<JurySessionDetail>(`${deliberationPath(id, pathwayId)}/close`, {}),
  );

export const useCloseJurySession = (id: number) =>
  useSessionMutation(() => api.post<JurySessionDetail>(`${sessionPath(id)}/close`, {}));

export const useCancelJurySession = (id: number) =>
  useSessionMutation(() => api.post<JurySessionDetail>(`${sessionPath(id)}/cancel`, {}));

/** An appeal lodged or answered changes the pathway's page (its jury section and timeline): refetch it. */
function useAppealMutation<Input>(mutationFn: (input: Input) => Promise<AppealView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pathwaysKey }),
  });
}

export const useLodgeAppeal = (pathwayId: number) =>
  useAppealMutation((input: AppealInput) =>
    api.post<AppealView>(`/api/pathways/${pathwayId}/appeals`, input),
  );

export const useAnswerAppeal = (appealId: number) =>
  useAppealMutation((input: AnswerAppealInput) =>
    api.post<AppealView>(`/api/appeals/${appealId}/answer`, input),
  );
