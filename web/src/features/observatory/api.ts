import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../lib/api.ts";
import type {
  AwardGroups,
  CapacityPassRates,
  CdcPending,
  DashboardFilters,
  KeyFigures,
  ObservatoryFigures,
} from "./types.ts";

const observatoryKey = ["observatory"] as const;

export function useKeyFigures() {
  return useQuery({
    queryKey: [...observatoryKey, "key-figures"],
    queryFn: () => api.get<KeyFigures>("/api/observatory/key-figures"),
  });
}

/** The figures of the caller's scope with the dashboard's filters (counts, shares, median, declared in time). */
export function useObservatoryFigures(filters: DashboardFilters) {
  return useQuery({
    queryKey: [...observatoryKey, "figures", filters],
    queryFn: () => api.get<ObservatoryFigures>(`/api/observatory/figures${toQueryString({ ...filters })}`),
    placeholderData: keepPreviousData,
  });
}

/** Awards counted by the dimensions of `groupBy` ("qualification,branch,year"), within the caller's scope. */
export function useAwards(filters: DashboardFilters, groupBy: string) {
  return useQuery({
    queryKey: [...observatoryKey, "awards", filters, groupBy],
    queryFn: () => api.get<AwardGroups>(`/api/observatory/awards${toQueryString({ ...filters, groupBy })}`),
    placeholderData: keepPreviousData,
  });
}

/** A CQPI's capacities (asked only once a CQPI is chosen). */
export function useCapacityPassRates(filters: DashboardFilters) {
  return useQuery({
    enabled: filters.qualification !== "",
    queryKey: [...observatoryKey, "capacity-pass-rates", filters],
    queryFn: () =>
      api.get<CapacityPassRates>(`/api/observatory/capacity-pass-rates${toQueryString({ ...filters })}`),
    placeholderData: keepPreviousData,
  });
}

/** What remains to declare to the Caisse des Dépôts for a certification (its RNCP code). */
export function useCdcPending(
  query: { certification: string; from: string; to: string },
  isEnabled: boolean,
) {
  return useQuery({
    enabled: isEnabled && query.certification !== "",
    queryKey: [...observatoryKey, "cdc-pending", query],
    queryFn: () => api.get<CdcPending>(`/api/exports/cdc/pending${toQueryString(query)}`),
  });
}
