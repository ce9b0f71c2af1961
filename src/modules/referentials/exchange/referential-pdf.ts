import { PDFDocument } from "pdf-lib";
import { formatDate, formatNumber } from "../../../documents/french-format.ts";
import { TextFlow } from "../../../documents/pdf-text-flow.ts";
import type { Block, ReferentialContent, VersionStatus } from "../schemas.ts";
import { describePassRule, describeValidity, methodLabels, statusLabels } from "./french-labels.ts";

export interface ReferentialPdfInput {
  qualification: { code: string; title: string };
  version: { version: number; status: VersionStatus; publishedAt: string | null };
  content: ReferentialContent;
  /** The complementary modules a branch added when it adopted the CQPI. */
  modules?: { branchName: string; blocks: Block[] };
}

/**
 * The referential as a printable A4 document in French: title block, pass rule and validity, then each bloc
 * with its capacities (conditions, evaluation methods, expected results), then the branch's complementary
 * modules when given. Deterministic for the same input (no creation date but the publication's).
 */
export async function renderReferentialPdf(input: ReferentialPdfInput): Promise<Uint8Array> {
  const { qualification, version, content } = input;
  const title = `CQPI ${qualification.code} — ${qualification.title}`;
  const document = await PDFDocument.create({ updateMetadata: false });
  document.setTitle(title, { showInWindowTitleBar: true });
  document.setSubject(`Référentiel de certification, version ${version.version}`);
  document.setLanguage("fr-FR");
  document.setCreator("Plateforme CQPI");
  document.setProducer("pdf-lib");
  if (version.publishedAt) document.setCreationDate(new Date(version.publishedAt));

  const flow = await TextFlow.create(document);
  flow.write(`CQPI ${qualification.code}`, { size: 12, bold: true, muted: true });
  flow.write(qualification.title, { size: 20, bold: true, spaceBefore: 4 });
  const publication = version.publishedAt ? ` le ${formatDate(version.publishedAt)}` : "";
  flow.write(
    `Référentiel de certification — version ${version.version}, ${statusLabels[version.status]}${publication}`,
    {
      size: 11,
      spaceBefore: 6,
    },
  );

  heading(flow, "Règle d'attribution");
  flow.write(describePassRule(content.passRule));
  heading(flow, "Validité des acquis");
  flow.write(describeValidity(content.validity));

  const showWeights = content.passRule.kind === "weighted_marks";
  for (const block of content.blocks) writeBlock(flow, block, showWeights);
  if (input.modules) {
    heading(flow, `Modules complémentaires de branche — ${input.modules.branchName}`, 16);
    if (input.modules.blocks.length === 0) flow.write("Aucun module complémentaire.", { spaceBefore: 4 });
    for (const block of input.modules.blocks) writeBlock(flow, block, showWeights);
  }

  flow.addFooters(`${title} — version ${version.version}`);
  return document.save();
}

function heading(flow: TextFlow, text: string, size = 13): void {
  flow.write(text, { size, bold: true, spaceBefore: size + 4, keepWithNext: 2 });
}

function writeBlock(flow: TextFlow, block: Block, showWeights: boolean): void {
  heading(flow, `Bloc ${block.code} — ${block.title}`, 14);
  if (block.rncpCode) flow.write(`Code RNCP du bloc : ${block.rncpCode}`, { muted: true });
  if (block.capacities.length === 0) flow.write("Aucune capacité professionnelle.", { spaceBefore: 4 });
  for (const capacity of block.capacities) {
    flow.write(`${capacity.code} — ${capacity.title}`, {
      size: 11,
      bold: true,
      spaceBefore: 10,
      keepWithNext: 2,
    });
    const detail = { indent: 12, spaceBefore: 3 };
    if (capacity.conditions) flow.write(`Conditions de réalisation : ${capacity.conditions}`, detail);
    const methods = capacity.methods.map((method) => methodLabels[method]).join(", ");
    flow.write(`Modalités d'évaluation : ${methods || "non précisées"}`, detail);
    if (capacity.criteria.length === 0) {
      flow.write("Aucun résultat attendu.", { ...detail, muted: true });
      continue;
    }
    flow.write("Résultats attendus :", { ...detail, keepWithNext: 1 });
    for (const criterion of capacity.criteria) {
      const weight = showWeights ? ` (coefficient ${formatNumber(criterion.weight)})` : "";
      flow.write(`${criterion.code} — ${criterion.indicator}${weight}`, {
        indent: 24,
        marker: "•",
        spaceBefore: 2,
      });
    }
  }
}
