import { PDFDocument, type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { formatDate } from "../../../documents/french-format.ts";
import { TextFlow } from "../../../documents/pdf-text-flow.ts";

export interface CertificatePdfInput {
  number: string;
  holder: { givenNames: string; familyName: string };
  qualification: { code: string; title: string };
  branchName: string;
  kind: "full" | "partial";
  /** The blocs acquired, stated for a partial award. */
  blocks: { code: string; title: string }[];
  awardedOn: string;
  jurySessionId: number;
  issuerName: string;
  /** The public verification page, also encoded in the QR code. */
  verificationUrl: string;
  isRevoked: boolean;
}

/**
 * The certificate as a one-page A4 document in French: holder (any Unicode letters: the font is embedded),
 * CQPI, branch, the blocs for a partial award, date and jury session, number, and a QR code that opens the
 * public verification page. Deterministic for the same input.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const holder = `${input.holder.givenNames} ${input.holder.familyName}`;
  const document = await PDFDocument.create({ updateMetadata: false });
  document.setTitle(`Certificat ${input.number}`, { showInWindowTitleBar: true });
  document.setSubject(`CQPI ${input.qualification.code} délivré à ${holder}`);
  document.setLanguage("fr-FR");
  document.setCreator("Plateforme CQPI");
  document.setProducer("pdf-lib");
  document.setCreationDate(new Date(`${input.awardedOn}T00:00:00Z`));

  const flow = await TextFlow.create(document);
  flow.write("Certificat de Qualification Professionnelle Interbranches", {
    size: 13,
    bold: true,
    muted: true,
  });
  if (input.isRevoked) flow.write("CERTIFICAT RÉVOQUÉ", { size: 16, bold: true, spaceBefore: 8 });
  flow.write(input.kind === "full" ? "Certificat" : "Attestation de blocs de compétences", {
    size: 24,
    bold: true,
    spaceBefore: 18,
  });
  flow.write(input.kind === "full" ? "délivré à" : "délivrée à", { size: 12, spaceBefore: 18 });
  flow.write(holder, { size: 22, bold: true, spaceBefore: 4 });
  flow.write(`pour le CQPI ${input.qualification.code} — ${input.qualification.title}`, {
    size: 14,
    spaceBefore: 14,
  });
  flow.write(`Branche professionnelle : ${input.branchName}`, { size: 12, spaceBefore: 8 });
  if (input.kind === "partial") {
    flow.write("Blocs de compétences acquis :", { size: 12, bold: true, spaceBefore: 14, keepWithNext: 1 });
    for (const block of input.blocks)
      flow.write(`${block.code} — ${block.title}`, { size: 11, marker: "•", indent: 8, spaceBefore: 2 });
  }
  flow.write(
    `Décision du jury paritaire de la CPNE du ${formatDate(input.awardedOn)} (session n° ${input.jurySessionId}).`,
    { size: 11, spaceBefore: 18 },
  );
  flow.write(`Délivré par : ${input.issuerName}`, { size: 11, spaceBefore: 4 });
  flow.write(`Numéro du certificat : ${input.number}`, { size: 12, bold: true, spaceBefore: 18 });
  flow.write(
    "Vérifiez ce certificat sans compte : scannez le code ci-dessous, ou saisissez son numéro et le nom de famille " +
      "du titulaire sur la page de vérification.",
    { size: 10, spaceBefore: 8, muted: true },
  );
  const side = 150;
  flow.drawBox(side + 24, (page, box) =>
    drawQrCode(page, input.verificationUrl, { x: box.x, y: box.top - 12 - side, side }),
  );
  flow.write(input.verificationUrl, { size: 8, muted: true });
  return document.save({ useObjectStreams: false });
}

/** The QR code as black squares (with its quiet zone of 4 modules) in a square of `side` points. */
function drawQrCode(page: PDFPage, text: string, at: { x: number; y: number; side: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const cell = at.side / (modules.size + 2 * quiet);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      page.drawRectangle({
        x: at.x + (column + quiet) * cell,
        y: at.y + at.side - (row + quiet + 1) * cell,
        width: cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
}
