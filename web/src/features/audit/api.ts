import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import type { AuditEvent, AuditFilters, AuditVerification } from "./types.ts";

/** The day after `day` (`YYYY-MM-DD`): the server's `to` is exclusive, the form's "to" day is inclusive. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function useAuditEvents(filters: AuditFilters, limit: number, offset: number) {
  const query = { ...filters, to: filters.to && dayAfter(filters.to), limit, offset };
  return useQuery({
    queryKey: ["audit", "list", query],
    queryFn: () => api.get<Page<AuditEvent>>(`/api/audit${toQueryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

/** Asked on demand: verifying walks the whole log. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerification>("/api/audit/verify") });
}
