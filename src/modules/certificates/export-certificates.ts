import { type SheetHeadings, sheetColumns } from "../../documents/sheet-headings.ts";
import { toSheetCsv, toSheetXlsx } from "../../documents/spreadsheet.ts";
import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import {
  certificateSheetColumns,
  certificateSheetLabels,
  certificateSheetName,
} from "./certificate-sheet.ts";
import { listCertificateRows } from "./list-repository.ts";
import type { CertificateFilter } from "./list-schemas.ts";
import { certificateReadScopeOf } from "./policy.ts";
import { toCertificateView } from "./views.ts";

/**
 * The certificates the caller sees, with the list's filters, as a spreadsheet: CSV for French Excel or an
 * XLSX workbook, headed in French or with the codes (`headings`). Same scope as `listCertificates`, every
 * matching row.
 */
export async function exportCertificates(
  ctx: AppContext,
  {
    caller,
    filter,
    format,
    headings,
  }: { caller: Caller; filter: CertificateFilter; format: "csv" | "xlsx"; headings: SheetHeadings },
): Promise<string | Buffer> {
  const rows = await listCertificateRows(ctx.db, certificateReadScopeOf(caller), filter);
  const views = rows.map(toCertificateView);
  const columns = sheetColumns(certificateSheetLabels, certificateSheetColumns, headings);
  return format === "csv" ? toSheetCsv(columns, views) : toSheetXlsx(certificateSheetName, columns, views);
}
