import { z } from "zod";
import type { SheetColumn } from "./spreadsheet.ts";

/**
 * How an exported list is headed. `labels` (the default) is for people: French headers and French values
 * (statuses, kinds, methods in words, Oui/Non, dates as 20/05/2026). `codes` is for programs and re-imports:
 * each column's code as its header and the raw values (codes, ISO dates), as the API gives them.
 */
export const sheetHeadings = ["labels", "codes"] as const;
export type SheetHeadings = (typeof sheetHeadings)[number];

/** The `headers` query parameter of every list export. */
export const sheetHeadingsQuery = z.strictObject({
  headers: z
    .enum(sheetHeadings)
    .default("labels")
    .describe(
      "labels: French headers and values, for people (default); codes: column codes and raw values, for programs and re-imports",
    ),
});

/** A column of an export: its code, and its cell for people and for programs. */
export interface LabelledColumn<Row, Code extends string> {
  code: Code;
  /** The cell in the readers' words; `raw` when it is the same. */
  shown?: (row: Row) => string | number;
  /** The cell as the API gives it: codes, ISO dates, numbers. */
  raw: (row: Row) => string | number;
  /** Width in characters in the XLSX sheet. */
  width?: number;
}

/** The columns of one export with the French header of each, for `toSheetCsv` / `toSheetXlsx`. */
export function sheetColumns<Row, Code extends string>(
  labels: Record<Code, string>,
  columns: readonly LabelledColumn<Row, Code>[],
  headings: SheetHeadings,
): SheetColumn<Row>[] {
  return columns.map((column) => ({
    header: headerOf(labels, headings)(column.code),
    value: headings === "codes" ? column.raw : (column.shown ?? column.raw),
    ...(column.width !== undefined && { width: column.width }),
  }));
}

/** A column code's header: its French label, or the code itself. */
export const headerOf =
  <Code extends string>(labels: Record<Code, string>, headings: SheetHeadings) =>
  (code: Code): string =>
    headings === "codes" ? code : labels[code];

const normalised = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The code a cell names, written either as the code or as its French label (case and spacing ignored), so
 * that a file exported either way reads back; undefined when it names neither.
 */
export function codeOfLabel<Code extends string>(
  labels: Record<Code, string>,
  text: string,
): Code | undefined {
  const wanted = normalised(text);
  return (Object.keys(labels) as Code[]).find(
    (code) => normalised(code) === wanted || normalised(labels[code]) === wanted,
  );
}
