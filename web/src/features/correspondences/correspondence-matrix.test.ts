import { describe, expect, it } from "vitest";
import {
  buildCorrespondenceMatrix,
  correspondencesBetween,
  heatLevel,
  heatLevelRanges,
} from "./correspondence-matrix.ts";
import type { Correspondence, CorrespondenceKind } from "./types.ts";

let nextId = 1;
function link(
  from: string,
  to: string,
  kind: CorrespondenceKind,
  toVersion: number | null = 1,
): Correspondence {
  return {
    id: nextId++,
    from: { qualificationCode: from, version: 1, itemCode: "B1" },
    to: { qualificationCode: to, version: toVersion, itemCode: "B1" },
    kind,
    decisionId: 7,
  };
}

const cell = (matrix: ReturnType<typeof buildCorrespondenceMatrix>, row: string, column: string) =>
  matrix.rows.find((r) => r.code === row)?.cells.find((c) => c.columnCode === column);

describe("the correspondence map between CQPIs", () => {
  it("counts exact and partial links in both cells of a pair, whichever way they were recorded", () => {
    const matrix = buildCorrespondenceMatrix(
      ["CEI", "OMI", "AL"],
      [link("CEI", "OMI", "exact"), link("OMI", "CEI", "partial"), link("CEI", "OMI", "exact")],
    );
    expect(cell(matrix, "CEI", "OMI")).toEqual({ columnCode: "OMI", exact: 2, partial: 1, shared: 3 });
    expect(cell(matrix, "OMI", "CEI")).toEqual({ columnCode: "CEI", exact: 2, partial: 1, shared: 3 });
    expect(cell(matrix, "CEI", "AL")?.shared).toBe(0);
    expect(matrix.max).toBe(3);
  });

  it("keeps the CQPIs' order, one row and one column each, even those without any link", () => {
    const matrix = buildCorrespondenceMatrix(["TQ", "AE"], []);
    expect(matrix.codes).toEqual(["TQ", "AE"]);
    expect(matrix.rows.map((r) => [r.code, r.cells.map((c) => c.columnCode)])).toEqual([
      ["TQ", ["TQ", "AE"]],
      ["AE", ["TQ", "AE"]],
    ]);
    expect(matrix.max).toBe(0);
  });

  it("leaves out related links, external certifications and CQPIs outside the map", () => {
    const matrix = buildCorrespondenceMatrix(
      ["CEI", "OMI"],
      [
        link("CEI", "OMI", "related"),
        link("CEI", "CQP-PLASTURGIE", "exact", null),
        link("CEI", "VCM", "exact"),
      ],
    );
    expect(matrix.rows.flatMap((r) => r.cells.map((c) => c.shared))).toEqual([0, 0, 0, 0]);
  });

  it("counts a link between two versions of one CQPI once, on the diagonal", () => {
    const matrix = buildCorrespondenceMatrix(["CEI"], [link("CEI", "CEI", "partial", 2)]);
    expect(cell(matrix, "CEI", "CEI")).toEqual({ columnCode: "CEI", exact: 0, partial: 1, shared: 1 });
  });
});

describe("a cell's shade", () => {
  it("is none without links, and rises in four equal steps to the most shared cell", () => {
    expect(heatLevel(0, 8)).toBe(0);
    expect(heatLevel(0, 0)).toBe(0);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => heatLevel(n, 8))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(heatLevel(1, 1)).toBe(4);
  });

  it("is explained by a legend of the counts each shade stands for, only the shades reached", () => {
    expect(heatLevelRanges(8)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 4 },
      { level: 3, from: 5, to: 6 },
      { level: 4, from: 7, to: 8 },
    ]);
    expect(heatLevelRanges(2)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
    expect(heatLevelRanges(0)).toEqual([{ level: 0, from: 0, to: 0 }]);
  });
});

describe("the correspondences a cell stands for", () => {
  it("are those between the two CQPIs, in either direction, of every kind", () => {
    const all = [link("CEI", "OMI", "exact"), link("OMI", "CEI", "related"), link("CEI", "AL", "exact")];
    expect(correspondencesBetween(all, { rowCode: "OMI", columnCode: "CEI" })).toEqual([all[0], all[1]]);
  });
});
