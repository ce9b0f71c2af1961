import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Block } from "../schemas.ts";
import { type ReferentialPdfInput, renderReferentialPdf } from "./referential-pdf.ts";
import { buildExchangeReferential, passRules } from "./test-referential.ts";

function pdfInput(overrides: Partial<ReferentialPdfInput> = {}): ReferentialPdfInput {
  return {
    qualification: { code: "OMI", title: "Opérateur de maintenance industrielle" },
    version: { version: 2, status: "published", publishedAt: "2025-03-12T09:30:00.000Z" },
    content: buildExchangeReferential(passRules[2]),
    ...overrides,
  };
}

/** Ten blocs of five capacities of six criteria, with long texts: far more than one page. */
function longBlocks(): Block[] {
  const sentence =
    "L'opérateur vérifie l'état de l'équipement, consigne ses observations et alerte son responsable ";
  return Array.from({ length: 10 }, (_, b) => ({
    code: `BC${b + 1}`,
    title: `Bloc ${b + 1} : ${sentence}`,
    rncpCode: null,
    capacities: Array.from({ length: 5 }, (_, c) => ({
      code: `C${b + 1}.${c + 1}`,
      title: sentence,
      conditions: sentence.repeat(3),
      methods: ["observation" as const, "interview" as const],
      criteria: Array.from({ length: 6 }, (_, r) => ({
        code: `R${r + 1}`,
        indicator: sentence.repeat(2),
        weight: 1,
      })),
    })),
  }));
}

/** The base font names of the fonts a PDF embeds, without the suffix pdf-lib adds to each embedding. */
function embeddedFonts(document: PDFDocument): string[] {
  return document.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (object): object is PDFDict =>
        object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("Font"),
    )
    .map((font) => font.get(PDFName.of("BaseFont"))?.toString().replace(/-\d+$/, "") ?? "")
    .filter((name) => name !== "");
}

describe("renderReferentialPdf", () => {
  it("writes an A4 PDF titled with the CQPI, with DejaVu Sans embedded", async () => {
    const bytes = await renderReferentialPdf(pdfInput());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(document.getTitle()).toBe("CQPI OMI — Opérateur de maintenance industrielle");
    expect(document.getCreationDate()?.toISOString()).toBe("2025-03-12T09:30:00.000Z");
    expect(document.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(new Set(embeddedFonts(document))).toEqual(new Set(["/DejaVuSans", "/DejaVuSans-Bold"]));
  });

  it("breaks a long referential over pages, and adds the branch modules at the end", async () => {
    const long = pdfInput({ content: { ...buildExchangeReferential(), blocks: longBlocks() } });
    const pages = async (input: ReferentialPdfInput) =>
      (await PDFDocument.load(await renderReferentialPdf(input))).getPageCount();
    const alone = await pages(long);
    expect(alone).toBeGreaterThan(5);
    expect(
      await pages({ ...long, modules: { branchName: "Métallurgie", blocks: longBlocks().slice(0, 3) } }),
    ).toBeGreaterThan(alone);
  });

  it("renders each status, a draft without publication date, and empty blocs or capacities", async () => {
    for (const status of ["draft", "published", "superseded"] as const) {
      const bytes = await renderReferentialPdf(
        pdfInput({
          version: {
            version: 1,
            status,
            publishedAt: status === "draft" ? null : "2024-06-01T08:00:00.000Z",
          },
          content: {
            ...buildExchangeReferential(passRules[1]),
            blocks: [{ code: "B", title: "Vide", rncpCode: null, capacities: [] }],
          },
          modules: { branchName: "Propreté", blocks: [] },
        }),
      );
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    }
  });

  it("gives the same bytes for the same input", async () => {
    expect(await renderReferentialPdf(pdfInput())).toEqual(await renderReferentialPdf(pdfInput()));
  });
});
