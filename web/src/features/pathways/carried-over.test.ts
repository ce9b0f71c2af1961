import { describe, expect, it } from "vitest";
import { translate } from "../../lib/i18n/index.tsx";
import { buildCarriedCapacity, t as fr } from "../../test/factories.ts";
import { viaText } from "../portability/labels.ts";
import { carriedCountsKey, carriedSourceText } from "./carried-over.ts";

const carried = buildCarriedCapacity;

describe("carried-over acquisitions in words", () => {
  it("names the certificate, its CQPI, its branch and its award day", () => {
    expect(carriedSourceText(carried(), fr, "fr")).toBe(
      "n° CQPI-2025-LEEM-0001 · CQPI CEI · branche LEEM · attribué le 12 mars 2025",
    );
    expect(carriedSourceText(carried(), (k, v) => translate("en", k, v), "en")).toBe(
      "no. CQPI-2025-LEEM-0001 · CQPI CEI · branch LEEM · awarded on 12 March 2025",
    );
  });

  it("says the same capacity, or the chain of exact correspondences from end to end", () => {
    expect(viaText(carried().via, fr)).toBe("La même capacité : CEI v1 · C1");
    const chain = carried({
      via: {
        kind: "correspondence",
        chain: [
          { qualificationCode: "OMI", version: 1, itemCode: "B1" },
          { qualificationCode: "CQP-X", version: null, itemCode: "B2" },
          { qualificationCode: "CEI", version: 2, itemCode: "B1" },
        ],
      },
    });
    expect(viaText(chain.via, fr)).toBe("Correspondance totale : OMI v1 · B1 → CQP-X · B2 → CEI v2 · B1");
  });

  it("no longer counts a capacity whose certificate was revoked", () => {
    expect(fr(carriedCountsKey(carried()))).toBe("Compte comme acquise");
    const revoked = carried({ counts: false, certificate: { ...carried().certificate, isRevoked: true } });
    expect(fr(carriedCountsKey(revoked))).toBe("Ne compte plus : certificat retiré");
  });
});
