import { MantineProvider } from "@mantine/core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LanguageProvider } from "../../lib/i18n/index.tsx";
import {
  buildAgendaItem,
  buildBlock,
  buildCapacity,
  buildCarriedCapacity,
  buildGapAnalysis,
} from "../../test/factories.ts";
import { EvidencePack } from "./evidence-pack.tsx";

/** The evidence pack as the jury's page first shows it: the bilan tab, in French. */
function renderPack(item: ReturnType<typeof buildAgendaItem>): string {
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(LanguageProvider, null, createElement(EvidencePack, { item })),
    ),
  );
}

describe("the jury's evidence pack", () => {
  it("shows the target branch's jury the capacities carried over, with their certificate and chain", () => {
    const item = buildAgendaItem({
      evidence: {
        assessments: [],
        evaluators: [],
        referentialBlocks: [
          buildBlock({ capacities: [buildCapacity({ code: "C1" }), buildCapacity({ code: "C2" })] }),
        ],
        gapAnalysis: buildGapAnalysis({
          blocks: [
            {
              code: "B1",
              isAcquired: false,
              score: null,
              capacities: [
                { code: "C1", isAcquired: true, acquiredCriteria: 2, totalCriteria: 2 },
                { code: "C2", isAcquired: false, acquiredCriteria: 0, totalCriteria: 2 },
              ],
            },
          ],
          carriedOver: [
            buildCarriedCapacity({
              certificate: { ...buildCarriedCapacity().certificate, qualificationCode: "OMI" },
              via: {
                kind: "correspondence",
                chain: [
                  { qualificationCode: "OMI", version: 1, itemCode: "B1" },
                  { qualificationCode: "CEI", version: 1, itemCode: "B1" },
                ],
              },
            }),
          ],
        }),
      },
    });
    const html = renderPack(item);
    expect(html).toContain("Acquis reportés");
    expect(html).toContain("n° CQPI-2025-LEEM-0001 · CQPI OMI · branche LEEM · attribué le 12 mars 2025");
    expect(html).toContain("Correspondance totale : OMI v1 · B1 → CEI v1 · B1");
    expect(html).toContain("Acquise par report");
  });

  it("has no carried-over section for a pathway not opened from a certificate", () => {
    expect(renderPack(buildAgendaItem())).not.toContain("Acquis reportés");
  });
});
