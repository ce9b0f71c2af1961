import { describe, expect, it } from "vitest";
import { blocksToRows, gridColumns, rowsToBlocks, type SheetRow } from "./grid-rows.ts";
import { buildExchangeReferential, importProblemDetails, importProblems } from "./test-referential.ts";

/** A sheet from its data rows given as partial records; the header is row 1. */
function sheet(...records: Partial<Record<(typeof gridColumns)[number], string>>[]): SheetRow[] {
  return [
    { row: 1, cells: [...gridColumns] },
    ...records.map((record, index) => ({
      row: index + 2,
      cells: gridColumns.map((column) => record[column] ?? ""),
    })),
  ];
}

const bloc = { bloc_code: "B1", bloc_title: "Produire" };
const capacity = { capacity_code: "C1", capacity_title: "Régler", capacity_methods: "observation" };

describe("blocksToRows and rowsToBlocks", () => {
  it("write one row per criterion and one per capacity without criteria, and read them back unchanged", () => {
    const { blocks } = buildExchangeReferential();
    const records = blocksToRows(blocks);
    expect(records).toHaveLength(8);
    expect(records[6]).toMatchObject({ capacity_code: "C2.2", criterion_code: "", criterion_weight: "" });
    const rows = [...gridColumns].map(String);
    const sheetRows = [rows, ...records.map((record) => gridColumns.map((column) => String(record[column])))];
    expect(rowsToBlocks(sheetRows.map((cells, index) => ({ row: index + 1, cells })))).toEqual(blocks);
  });

  it("keeps a bloc without capacities as a row with the capacity columns empty", () => {
    const blocks = [{ code: "B9", title: "Vide", rncpCode: null, capacities: [] }];
    expect(blocksToRows(blocks)[0]).toMatchObject({ bloc_code: "B9", capacity_code: "", criterion_code: "" });
    expect(rowsToBlocks(sheet({ bloc_code: "B9", bloc_title: "Vide" }))).toEqual(blocks);
  });

  it("groups rows by bloc and capacity in order of first appearance; empty repeated cells take the value seen", () => {
    const blocks = rowsToBlocks(
      sheet(
        { ...bloc, ...capacity, criterion_code: "a", criterion_indicator: "A", criterion_weight: "2,5" },
        { bloc_code: "B2", bloc_title: "Contrôler", capacity_code: "C1", capacity_title: "Mesurer" },
        { bloc_code: "B1", capacity_code: "C1", criterion_code: "b", criterion_indicator: "B" },
      ),
    );
    expect(blocks.map((block) => block.code)).toEqual(["B1", "B2"]);
    expect(blocks[0]?.capacities[0]).toEqual({
      code: "C1",
      title: "Régler",
      conditions: "",
      methods: ["observation"],
      criteria: [
        { code: "a", indicator: "A", weight: 2.5 },
        { code: "b", indicator: "B", weight: 1 },
      ],
    });
  });

  it("reports every problem with its row and column", async () => {
    const details = await importProblemDetails(() =>
      rowsToBlocks(
        sheet(
          { ...bloc, ...capacity, criterion_code: "a", criterion_indicator: "A" },
          { ...bloc, bloc_title: "Fabriquer", ...capacity, capacity_methods: "observation|booklet" },
          {
            ...bloc,
            ...capacity,
            criterion_code: "a",
            criterion_indicator: "Encore A",
            criterion_weight: "lourd",
          },
          { bloc_title: "Sans code" },
          { ...bloc, capacity_title: "Sans code", criterion_code: "z" },
          { ...bloc, capacity_code: "C 2", capacity_title: "" },
          { ...bloc, ...capacity, criterion_code: "c", criterion_indicator: "" },
          { ...bloc, ...capacity, capacity_methods: "observation|visite" },
        ),
      ),
    );
    const at = (row: number, column: string) => ({ row, column });
    expect(details).toEqual({
      "row 3, bloc_title": expect.objectContaining({
        code: "DIFFERS_FROM_ROW",
        params: { firstRow: 2, value: "Produire", ...at(3, "bloc_title") },
      }),
      "row 3, capacity_methods": expect.objectContaining({
        code: "DIFFERS_FROM_ROW",
        params: { firstRow: 2, value: "observation", ...at(3, "capacity_methods") },
      }),
      "row 4, criterion_weight": expect.objectContaining({
        code: "NOT_A_NUMBER",
        params: { value: "lourd", ...at(4, "criterion_weight") },
      }),
      "row 4, criterion_code": expect.objectContaining({
        code: "CODE_USED_BY_SIBLING",
        params: { code: "a", firstRow: 2, ...at(4, "criterion_code") },
      }),
      "row 5, bloc_code": expect.objectContaining({ code: "REQUIRED" }),
      "row 6, capacity_code": expect.objectContaining({ code: "CAPACITY_CODE_REQUIRED" }),
      "row 7, capacity_code": expect.objectContaining({
        code: "INVALID_FORMAT",
        params: { format: "referential_code", ...at(7, "capacity_code") },
      }),
      "row 7, capacity_title": expect.objectContaining({ code: "REQUIRED" }),
      "row 8, criterion_indicator": expect.objectContaining({ code: "REQUIRED" }),
      "row 9, capacity_methods": expect.objectContaining({
        code: "UNKNOWN_METHOD",
        params: {
          method: "visite",
          options: ["booklet", "questioning", "observation", "interview"],
          ...at(9, "capacity_methods"),
        },
      }),
    });
  });

  it("reports values beyond the header's last column", async () => {
    const rows = sheet({ ...bloc });
    rows[1]?.cells.push("", "en trop");
    expect(await importProblems(() => rowsToBlocks(rows))).toEqual({
      "row 2": "BEYOND_LAST_COLUMN",
    });
  });
});
