import { PDFDocument } from "pdf-lib";
import { TextFlow } from "../../documents/pdf-text-flow.ts";
import { DEMO_DOCUMENT_NOTE, type DemoDocument } from "./demo-library.ts";

/**
 * A demo library document as a small PDF: its title, who issued it, its paragraphs, a demo footer. Set in
 * a standard font, which embeds nothing: the demo is seeded on every first start and in each browser test.
 */
export async function renderDemoDocumentPdf(document: DemoDocument, filedOn: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(document.title, { showInWindowTitleBar: true });
  pdf.setLanguage("fr-FR");
  pdf.setCreator("Plateforme CQPI");
  pdf.setProducer("pdf-lib");
  pdf.setCreationDate(new Date(`${filedOn}T09:00:00.000Z`));
  const flow = await TextFlow.createWithStandardFonts(pdf);
  flow.write(document.title, { size: 16, bold: true });
  flow.write(document.subtitle, { size: 11, spaceBefore: 6, muted: true });
  for (const paragraph of document.paragraphs) flow.write(paragraph, { size: 10.5, spaceBefore: 10 });
  flow.addFooters(DEMO_DOCUMENT_NOTE);
  return pdf.save();
}
