import { toSheetCsv, toSheetXlsx } from "../../documents/spreadsheet.ts";
import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { certificateSheetColumns, certificateSheetName } from "./certificate-sheet.ts";
import { listCertificateRows } from "./list-repository.ts";
import type { CertificateFilter } from "./list-schemas.ts";
import { certificateReadScopeOf } from "./policy.ts";
import { toCertificateView } from "./views.ts";

/**
 * The certificates the caller sees, with the list's filters, as a spreadsheet with French headers: CSV for
 * French Excel or an XLSX workbook. Same scope as `listCertificates`, every matching row.
 */
export async function exportCertificates(
  ctx: AppContext,
  { caller, filter, format }: { caller: Caller; filter: CertificateFilter; format: "csv" | "xlsx" },
): Promise<string | Buffer> {
  const rows = await listCertificateRows(ctx.db, certificateReadScopeOf(caller), filter);
  const views = rows.map(toCertificateView);
  return format === "csv"
    ? toSheetCsv(certificateSheetColumns, views)
    : toSheetXlsx(certificateSheetName, certificateSheetColumns, views);
}
