import { describe, expect, it } from "vitest";
import { operatedQualificationOptions } from "./operated-qualifications.ts";

const operation = { operatedSince: null, note: "" };
const uimm = {
  code: "UIMM",
  qualifications: [
    { code: "CEI", title: "Conducteur d'Équipements Industriels", ...operation },
    { code: "OM", title: "Opérateur de Maintenance", ...operation },
  ],
};

describe("operatedQualificationOptions", () => {
  it("offers only the CQPIs the chosen branch operates", () => {
    expect(operatedQualificationOptions(uimm, "UIMM")).toEqual([
      { value: "CEI", label: "CEI — Conducteur d'Équipements Industriels" },
      { value: "OM", label: "OM — Opérateur de Maintenance" },
    ]);
  });

  it("offers none before a branch is chosen, nor another branch's while the new one is read", () => {
    expect(operatedQualificationOptions(uimm, "")).toEqual([]);
    expect(operatedQualificationOptions(uimm, "LEEM")).toEqual([]);
    expect(operatedQualificationOptions(undefined, "UIMM")).toEqual([]);
  });

  it("narrows them to those a form may use (the adopted ones, for a registration)", () => {
    expect(operatedQualificationOptions(uimm, "UIMM", (code) => code === "OM")).toEqual([
      { value: "OM", label: "OM — Opérateur de Maintenance" },
    ]);
  });
});
