import { toQueryString } from "../../lib/api.ts";

/** Addresses of the observatory's pages and of its tables' downloads. */

/** The dashboard, for the national committee and the branches' secretariats. */
export const observatoryPagePath = "/observatoire";
/** The public key figures, for anyone. */
export const keyFiguresPagePath = "/chiffres-cles";

/** The tables the dashboard and the key figures page show, each downloadable (`/api/exports/{dataset}`). */
export type Dataset = "awards" | "capacity-pass-rates" | "declarations" | "timeline";
export type SheetFormat = "csv" | "xlsx";

export const datasetExportPath = (
  dataset: Dataset,
  format: SheetFormat,
  query: Record<string, string> = {},
) => `/api/exports/${dataset}.${format}${toQueryString(query)}`;
