import { describe, expect, it } from "vitest";
import { fromCasePackage, toCasePackage } from "./case-package.ts";
import {
  buildCaseExportInput,
  buildForeignPackage,
  foreignDocumentId,
  importProblems,
} from "./test-referential.ts";

describe("reading the items of a package", () => {
  it("gives defaults to items of another tool and takes an untyped item's type from its level", () => {
    const casePackage = buildForeignPackage([
      {
        id: "c1",
        parent: "b1",
        code: "C1",
        statement: "Régler la machine",
        notes: "Sur ligne réelle",
        sequence: 1,
      },
      { id: "b1", parent: foreignDocumentId, code: "B1", statement: "Produire", type: "bloc de competences" },
      { id: "r1", parent: "c1", code: "R1", statement: "Réglage juste", type: "Résultat attendu" },
    ]);
    expect(fromCasePackage(casePackage)).toEqual({
      qualification: { code: null, title: "Cadre importé" },
      content: {
        passRule: { kind: "all_capacities" },
        validity: { kind: "lifetime" },
        blocks: [
          {
            code: "B1",
            title: "Produire",
            rncpCode: null,
            capacities: [
              {
                code: "C1",
                title: "Régler la machine",
                conditions: "Sur ligne réelle",
                methods: [],
                criteria: [{ code: "R1", indicator: "Réglage juste", weight: 1 }],
              },
            ],
          },
        ],
      },
    });
  });

  it("reports a type at the wrong level and children under a criterion", async () => {
    const casePackage = buildForeignPackage([
      {
        id: "c1",
        parent: foreignDocumentId,
        code: "C1",
        statement: "Régler",
        type: "Capacité professionnelle",
      },
      { id: "b1", parent: "c1", code: "B1", statement: "Produire" },
      { id: "r1", parent: "b1", code: "R1", statement: "Juste" },
      { id: "x1", parent: "r1", code: "X1", statement: "Trop profond" },
    ]);
    expect(await importProblems(() => fromCasePackage(casePackage))).toEqual({
      "CFItems[0].CFItemType": "MISPLACED_ITEM_TYPE",
      "CFItems[3]": "CHILD_OF_CRITERION",
    });
  });

  it("refuses what is not a package, and locates wrong values of our extensions", async () => {
    expect(await importProblems(() => fromCasePackage([]))).toEqual({
      CFDocument: "NOT_CASE_PACKAGE",
    });
    const casePackage = toCasePackage(buildCaseExportInput());
    casePackage.CFDocument.extensions.cqpi.passRule = { kind: "criteria_percentage", minPercent: 0 };
    casePackage.CFItems[1]!.extensions = { cqpi: { methods: ["observation", "visite"] } };
    casePackage.CFItems[2]!.extensions = { cqpi: { weight: "2" } };
    expect(await importProblems(() => fromCasePackage(casePackage))).toEqual({
      "CFDocument.extensions.cqpi.passRule.minPercent": "TOO_SMALL",
      "CFItems[1].extensions.cqpi.methods[1]": "INVALID_ENUM",
      "CFItems[2].extensions.cqpi.weight": "INVALID_TYPE",
    });
  });
});
