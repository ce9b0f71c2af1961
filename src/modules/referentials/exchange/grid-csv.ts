import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { headerOf, type SheetHeadings } from "../../../documents/sheet-headings.ts";
import { FORMULA_LIKE, neutraliseFormula } from "../../../documents/spreadsheet.ts";
import { importFailed, importProblem } from "../errors.ts";
import type { Block, ReferentialContent } from "../schemas.ts";
import { gridColumnLabels } from "./grid-labels.ts";
import { blocksToRows, gridColumns, rowsToBlocks } from "./grid-rows.ts";

/**
 * The referential grid as CSV, written for French Excel: `;` separator, decimal comma, UTF-8 with a BOM
 * (without it Excel reads the accents as Windows-1252), CRLF. Read back leniently: `;` or `,` (told apart by
 * the header line, which has neither in its names), with or without BOM, CRLF or LF, decimal comma or point.
 *
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return, after any apostrophes) is written with one more leading apostrophe, which the spreadsheet
 * shows as text; reading takes that apostrophe off again, so a round trip gives back the same text.
 */
const restore = (cell: string) =>
  cell.startsWith("'") && FORMULA_LIKE.test(cell.slice(1)) ? cell.slice(1) : cell;

/**
 * The blocs as a CSV grid (columns in `gridColumns` order, one row per criterion), headed and worded in
 * French, or with the codes.
 */
export function toGridCsv(content: ReferentialContent, headings: SheetHeadings = "labels"): string {
  const header = headerOf(gridColumnLabels, headings);
  return stringify(blocksToRows(content.blocks, headings), {
    bom: true,
    delimiter: ";",
    header: true,
    columns: gridColumns.map((key) => ({ key, header: header(key) })),
    record_delimiter: "windows",
    // csv-stringify quotes only the record delimiter itself; a lone LF in a cell must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { number: (value) => String(value).replace(".", ","), string: neutraliseFormula },
  });
}

/** Reads a CSV grid back into blocs; throws `importFailed` with every problem located by row and column. */
export function fromGridCsv(text: string | Buffer): Block[] {
  const source = (typeof text === "string" ? text : text.toString("utf8")).replace(/^\uFEFF/, "");
  const headerLine = source.slice(0, source.search(/\r|\n|$/));
  let records: string[][];
  try {
    records = parse(source, { delimiter: headerLine.includes(";") ? ";" : ",", relax_column_count: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw importFailed([
      importProblem({ row: Number(error.records) + 1 }, "NOT_CSV", `is not valid CSV: ${error.message}`, {
        detail: error.message,
      }),
    ]);
  }
  // Empty lines stay records here so that row numbers match what a spreadsheet shows.
  return rowsToBlocks(records.map((cells, index) => ({ row: index + 1, cells: cells.map(restore) })));
}
