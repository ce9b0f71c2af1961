import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/**
 * A list as a spreadsheet, CSV or XLSX, with headers in the readers' words. The CSV is written for French
 * Excel: `;` separator, UTF-8 with a BOM (without it Excel reads the accents as Windows-1252), CRLF.
 *
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return,
 * after any apostrophes) gets one more leading apostrophe, which the spreadsheet shows as text.
 */
export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
export const neutraliseFormula = (value: string) => (FORMULA_LIKE.test(value) ? `'${value}` : value);

export interface SheetColumn<Row> {
  header: string;
  value: (row: Row) => string | number;
  /** Width in characters in the XLSX sheet. */
  width?: number;
}

export function toSheetCsv<Row>(columns: readonly SheetColumn<Row>[], rows: readonly Row[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row))),
    {
      bom: true,
      delimiter: ";",
      header: true,
      columns: columns.map((column) => column.header),
      record_delimiter: "windows",
      quoted_match: /[\r\n]/,
      cast: { string: neutraliseFormula },
    },
  );
}

/** One sheet named `sheetName`, header row bold, frozen and filterable. */
export async function toSheetXlsx<Row>(
  sheetName: string,
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = sheetName;
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns.map((column, index) => ({
    key: String(index),
    header: column.header,
    width: column.width ?? 18,
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  worksheet.addRows(rows.map((row) => columns.map((column) => column.value(row))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
