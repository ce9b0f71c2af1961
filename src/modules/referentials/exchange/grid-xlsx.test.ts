import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { gridColumnLabels } from "./grid-labels.ts";
import { gridColumns } from "./grid-rows.ts";
import { fromGridXlsx, sheetName, toGridXlsx } from "./grid-xlsx.ts";
import { buildExchangeReferential, importProblems } from "./test-referential.ts";

async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function workbookOf(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet("Feuil1");
  rows.forEach((row, index) => {
    worksheet.getRow(index + 1).values = row;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("toGridXlsx", () => {
  it("writes one sheet with a bold frozen header, widened columns and numeric weights", async () => {
    const buffer = await toGridXlsx(buildExchangeReferential(), { qualificationCode: "OMI", version: 2 });
    const workbook = await readWorkbook(buffer);
    expect(workbook.title).toBe("CQPI OMI — référentiel, version 2");
    const worksheet = workbook.getWorksheet(sheetName)!;
    expect(worksheet.getRow(1).values).toEqual([undefined, ...gridColumns.map((c) => gridColumnLabels[c])]);
    expect(worksheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(worksheet.getColumn(9).width).toBe(60);
    expect(worksheet.getRow(3).getCell("J").value).toBe(1.5);
    expect(worksheet.rowCount).toBe(9);
  });

  it("writes the codes as headers and methods with headings `codes`", async () => {
    const buffer = await toGridXlsx(
      buildExchangeReferential(),
      { qualificationCode: "OMI", version: 2 },
      "codes",
    );
    const worksheet = (await readWorkbook(buffer)).getWorksheet(sheetName)!;
    expect(worksheet.getRow(1).values).toEqual([undefined, ...gridColumns]);
    expect(worksheet.getRow(3).getCell("G").value).toBe("booklet|interview");
  });
});

describe("fromGridXlsx", () => {
  it.each(["labels", "codes"] as const)("reads back what toGridXlsx wrote (%s)", async (headings) => {
    const content = buildExchangeReferential();
    const buffer = await toGridXlsx(content, { qualificationCode: "OMI", version: 1 }, headings);
    expect(await fromGridXlsx(buffer)).toEqual(content.blocks);
    expect(await fromGridXlsx(new Uint8Array(buffer))).toEqual(content.blocks);
  });

  it("reports problems at the sheet's row numbers, blank rows included", async () => {
    const buffer = await workbookOf([
      [...gridColumns],
      ["B1", "Produire", null, "C1", "Régler", null, "observation|audit", "a", "A", 1],
      [],
      [],
      ["B1", "Produire", null, "C1", "Régler", null, "observation", "b", "B", "beaucoup"],
      ["B1", "Fabriquer", null, "C1", "Régler", null, null, "c", "C", 101],
    ]);
    expect(await importProblems(() => fromGridXlsx(buffer))).toEqual({
      "row 2, capacity_methods": "UNKNOWN_METHOD",
      "row 5, criterion_weight": "NOT_A_NUMBER",
      "row 6, bloc_title": "DIFFERS_FROM_ROW",
      "row 6, criterion_weight": "TOO_BIG",
    });
  });

  it("reports a missing header column at row 1 and a file that is not a workbook", async () => {
    const buffer = await workbookOf([gridColumns.slice(0, -1), ["B1", "Produire"]]);
    expect(await importProblems(() => fromGridXlsx(buffer))).toEqual({
      "row 1, criterion_weight": "MISSING_COLUMN",
    });
    expect(await importProblems(() => fromGridXlsx(Buffer.from("bloc_code;bloc_title")))).toEqual({
      file: "NOT_XLSX",
    });
  });
});
