import { describe, expect, it } from "vitest";
import { readHeader } from "./grid-header.ts";
import { importProblems } from "./test-referential.ts";

const expected = ["code", "title", "weight"] as const;

describe("readHeader", () => {
  it("finds the columns in any order, ignoring case, spaces and trailing empty cells", () => {
    const columns = readHeader({ cells: [" Title", "weight", "CODE ", "", ""] }, expected);
    expect(columns).toEqual({ indexOf: { title: 0, weight: 1, code: 2 }, width: 3 });
  });

  it("reports every unknown, repeated, unnamed and missing column at row 1", async () => {
    const problems = await importProblems(() =>
      readHeader({ cells: ["code", "Poids", "code", "", "x"] }, expected),
    );
    expect(problems).toEqual({
      "row 1, Poids": "UNKNOWN_COLUMN",
      "row 1, code": "COLUMN_TWICE",
      "row 1": "UNNAMED_COLUMN",
      "row 1, x": "UNKNOWN_COLUMN",
      "row 1, title": "MISSING_COLUMN",
      "row 1, weight": "MISSING_COLUMN",
    });
  });

  it("refuses a file without a header row", async () => {
    expect(await importProblems(() => readHeader(undefined, expected))).toEqual({
      "row 1": "EMPTY_GRID",
    });
  });
});
