/**
 * The observatory as the API sends it (`/api/observatory/…`, `/api/exports/cdc/pending`): inferred from the
 * server's zod schemas, the contract.
 */
import type { z } from "zod";
import type {
  AwardGroup,
  awardGroups,
  CapacityPassRates,
  CdcPending,
  KeyFigures,
  ObservatoryFigures,
  observatoryFilters,
} from "../../../../src/modules/observatory/schemas.ts";

export type { AwardGroup, CapacityPassRates, CdcPending, KeyFigures, ObservatoryFigures };
export type AwardGroups = z.infer<typeof awardGroups>;
export type TimelineYear = KeyFigures["timeline"][number];

/** The dashboard's filters as the address keeps them: every filter as text ("" for none). */
export type DashboardFilters = Record<keyof z.input<typeof observatoryFilters>, string>;
export const dashboardFilterNames = [
  "branch",
  "qualification",
  "fromYear",
  "toYear",
] as const satisfies readonly (keyof DashboardFilters)[];
