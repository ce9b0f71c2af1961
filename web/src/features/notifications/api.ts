import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Page, toQueryString } from "../../lib/api.ts";
import type { OutboxMessage } from "./types.ts";

/** The outbox, newest first: what the platform sent or will send (admins only). */
export function useOutbox(query: { status: string; q: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: ["outbox", "list", query],
    queryFn: () => api.get<Page<OutboxMessage>>(`/api/outbox${toQueryString(query)}`),
    placeholderData: keepPreviousData,
  });
}
