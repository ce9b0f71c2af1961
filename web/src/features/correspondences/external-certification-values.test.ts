import { describe, expect, it } from "vitest";
import {
  emptyExternalCertification,
  externalCertificationProblems,
  toExternalCertificationInput,
} from "./external-certification-values.ts";

const filled = {
  code: " CQP-PLAST ",
  title: " CQP Opérateur en plasturgie ",
  branchCode: "",
  rncpCode: "RNCP1234",
  rsCode: "  ",
  blocks: [
    { code: "B1", title: "Régler la presse" },
    { code: " B2", title: "Contrôler les pièces " },
  ],
};

describe("the external certification form's request", () => {
  it("trims the texts and sends an empty branch or registry code as none", () => {
    expect(toExternalCertificationInput(filled)).toEqual({
      code: "CQP-PLAST",
      title: "CQP Opérateur en plasturgie",
      branchCode: null,
      rncpCode: "RNCP1234",
      rsCode: null,
      blocks: [
        { code: "B1", title: "Régler la presse" },
        { code: "B2", title: "Contrôler les pièces" },
      ],
    });
  });
});

describe("what the form refuses before asking the server", () => {
  it("nothing when the code, the title and every bloc are given", () => {
    expect(externalCertificationProblems(filled)).toEqual({});
  });

  it("a missing code, title, bloc code or bloc title, each on its field", () => {
    expect(externalCertificationProblems(emptyExternalCertification)).toEqual({
      code: { key: "problem.required" },
      title: { key: "problem.required" },
      "blocks.0.code": { key: "problem.required" },
      "blocks.0.title": { key: "problem.required" },
    });
  });

  it("a bloc code given twice, on the second bloc, as the server names it", () => {
    const twice = { ...filled, blocks: [...filled.blocks, { code: "B2 ", title: "Emballer" }] };
    expect(externalCertificationProblems(twice)).toEqual({
      "blocks.2.code": { key: "problem.duplicateCode", values: { code: "B2" } },
    });
  });
});
