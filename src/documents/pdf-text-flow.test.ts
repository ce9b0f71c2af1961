import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { TextFlow, wrapText } from "./pdf-text-flow.ts";

async function flowOf(write: (flow: TextFlow) => void) {
  const document = await PDFDocument.create();
  const flow = await TextFlow.create(document);
  write(flow);
  return document;
}

describe("TextFlow", () => {
  it("stays on one page for a short text and breaks pages for a long one", async () => {
    expect((await flowOf((flow) => flow.write("Bonjour"))).getPageCount()).toBe(1);
    const long = await flowOf((flow) => {
      for (let line = 0; line < 120; line++) flow.write(`Ligne ${line}`);
    });
    expect(long.getPageCount()).toBe(3);
  });

  it("wraps paragraphs at spaces and line breaks, and cuts a word wider than the line", async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const width = font.widthOfTextAtSize("abcdefghij", 10);
    expect(wrapText("abc def ghi jkl\nmno", font, 10, width)).toEqual(["abc def", "ghi jkl", "mno"]);
    const lines = wrapText(`court ${"x".repeat(45)} fin`, font, 10, width);
    expect(lines.join("")).toBe(`court${"x".repeat(45)}fin`);
    expect(lines.every((line) => font.widthOfTextAtSize(line, 10) <= width)).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
  });

  it("keeps a heading with the lines that follow it", async () => {
    const document = await flowOf((flow) => {
      for (let line = 0; line < 54; line++) flow.write(`Ligne ${line}`);
      flow.write("Titre", { bold: true, keepWithNext: 3 });
    });
    expect(document.getPageCount()).toBe(2);
  });

  it("sets the same flow in standard fonts for WinAnsi text, and refuses a character outside it", async () => {
    const document = await PDFDocument.create();
    const flow = await TextFlow.createWithStandardFonts(document);
    flow.write("Mise en œuvre de la charte — « reconnaissance mutuelle » des CQP’s", { bold: true });
    for (let line = 0; line < 120; line++) flow.write(`Ligne ${line}`);
    flow.addFooters("Pied de page");
    expect(document.getPageCount()).toBe(3);
    expect(() => flow.write("CEI → OQ")).toThrow();
  });
});
