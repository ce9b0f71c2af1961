import { codeOfLabel } from "../../../documents/sheet-headings.ts";
import { type ImportProblem, importFailed, importProblem } from "../errors.ts";

/** Where each expected column is in a sheet, and how many columns its header names. */
export interface HeaderColumns<C extends string> {
  indexOf: Record<C, number>;
  width: number;
}

/**
 * Reads a header row (names trimmed, case ignored, in any order), each column named by its code or, when
 * `labels` are given, by its French label. Throws `importFailed` at row 1 when a column is missing,
 * unknown, unnamed or repeated: the data rows cannot be read without it.
 */
export function readHeader<C extends string>(
  header: { cells: string[] } | undefined,
  expected: readonly C[],
  labels?: Record<C, string>,
): HeaderColumns<C> {
  const codeOf = (name: string) =>
    labels ? codeOfLabel(labels, name) : expected.find((code) => code === name);
  if (!header)
    throw importFailed([
      importProblem({ row: 1 }, "EMPTY_GRID", `is empty: expected a header row (${expected.join(", ")})`, {
        columns: expected,
      }),
    ]);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  while (names.length > 0 && names.at(-1) === "") names.pop();
  const problems: ImportProblem[] = [];
  const indexOf: Partial<Record<C, number>> = {};
  names.forEach((name, index) => {
    const label = header.cells[index]?.trim() ?? name;
    const code = codeOf(name);
    if (name === "")
      problems.push(
        importProblem({ row: 1 }, "UNNAMED_COLUMN", `column ${index + 1} has no name`, {
          position: index + 1,
        }),
      );
    else if (code === undefined) {
      problems.push(
        importProblem(
          { row: 1, column: label },
          "UNKNOWN_COLUMN",
          `unknown column (expected ${expected.join(", ")})`,
          { columns: expected },
        ),
      );
    } else if (indexOf[code] !== undefined)
      problems.push(importProblem({ row: 1, column: label }, "COLUMN_TWICE", "appears twice"));
    else indexOf[code] = index;
  });
  for (const column of expected) {
    if (indexOf[column] === undefined)
      problems.push(importProblem({ row: 1, column }, "MISSING_COLUMN", "missing column"));
  }
  if (problems.length > 0) throw importFailed(problems);
  return { indexOf: indexOf as Record<C, number>, width: names.length };
}
