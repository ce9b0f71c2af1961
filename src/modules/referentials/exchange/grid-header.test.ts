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
      "row 1, Poids": "unknown column (expected code, title, weight)",
      "row 1, code": "appears twice",
      "row 1": "column 4 has no name",
      "row 1, x": "unknown column (expected code, title, weight)",
      "row 1, title": "missing column",
      "row 1, weight": "missing column",
    });
  });

  it("refuses a file without a header row", async () => {
    expect(await importProblems(() => readHeader(undefined, expected))).toEqual({
      "row 1": "is empty: expected a header row (code, title, weight)",
    });
  });
});
