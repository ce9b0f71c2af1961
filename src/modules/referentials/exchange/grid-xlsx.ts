import ExcelJS from "exceljs";
import { headerOf, type SheetHeadings } from "../../../documents/sheet-headings.ts";
import { importFailed, importProblem } from "../errors.ts";
import type { Block, ReferentialContent } from "../schemas.ts";
import { gridColumnLabels } from "./grid-labels.ts";
import { blocksToRows, type GridColumn, gridColumns, rowsToBlocks, type SheetRow } from "./grid-rows.ts";

/**
 * The referential grid as an XLSX workbook: one sheet, "Référentiel", header row bold and frozen, weights as
 * numbers. Reading takes that sheet (or the first one when it was renamed) and reports problems at the
 * sheet's own row numbers.
 */

export const sheetName = "Référentiel";

const columnWidths: Record<GridColumn, number> = {
  bloc_code: 12,
  bloc_title: 40,
  bloc_rncp_code: 16,
  capacity_code: 14,
  capacity_title: 45,
  capacity_conditions: 45,
  capacity_methods: 28,
  criterion_code: 14,
  criterion_indicator: 60,
  criterion_weight: 10,
};

/** The blocs as an XLSX grid (same columns and words as the CSV grid); `meta` titles the workbook. */
export async function toGridXlsx(
  content: ReferentialContent,
  meta: { qualificationCode: string; version: number },
  headings: SheetHeadings = "labels",
): Promise<Buffer> {
  const header = headerOf(gridColumnLabels, headings);
  const workbook = new ExcelJS.Workbook();
  workbook.title = `CQPI ${meta.qualificationCode} — référentiel, version ${meta.version}`;
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = gridColumns.map((key) => ({ key, header: header(key), width: columnWidths[key] }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: gridColumns.length } };
  worksheet.addRows(blocksToRows(content.blocks, headings));
  for (const column of ["capacity_conditions", "criterion_indicator"] as const) {
    worksheet.getColumn(column).alignment = { wrapText: true, vertical: "top" };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an XLSX grid back into blocs; throws `importFailed` with every problem located by row and column. */
export async function fromGridXlsx(buffer: Buffer | Uint8Array): Promise<Block[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer but reads any binary through JSZip, a Node Buffer included.
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
  } catch {
    throw importFailed([importProblem({}, "NOT_XLSX", "is not an XLSX workbook")]);
  }
  const worksheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (!worksheet) throw importFailed([importProblem({}, "NO_SHEET", "the workbook has no sheet")]);
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (text) => text ?? "") });
  });
  if (rows[0] && rows[0].row !== 1)
    throw importFailed([importProblem({ row: 1 }, "NOT_HEADER_ROW", "must be the header row")]);
  return rowsToBlocks(rows);
}
