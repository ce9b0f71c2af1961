import { readFile } from "node:fs/promises";
import ajvModule from "ajv";
import ajv2020Module from "ajv/dist/2020.js";
import ajvFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { type CasePackageInput, caseItemUri, fromCasePackage, toCasePackage } from "./case-package.ts";
import {
  buildCaseExportInput,
  buildExchangeReferential,
  buildForeignPackage,
  foreignDocumentId,
  importProblems,
  passRules,
} from "./test-referential.ts";

// ajv and ajv-formats are CommonJS: under NodeNext, what they export is the `default` of the module object.
const { default: Ajv } = ajvModule;
const { default: Ajv2020 } = ajv2020Module;
const { default: addFormats } = ajvFormatsModule;

/** The published CASE schemas and samples, kept in the project's reference folder. */
const referenceDir = new URL("../../../../reference/case/", import.meta.url);
const readJson = async (name: string) => JSON.parse(await readFile(new URL(name, referenceDir), "utf8"));

/** A validator per reference schema: CASE 1.1 (draft 2020-12, its http `$schema` set aside), its OpenSALT variant and CASE 1.0. */
async function schemaValidators() {
  const { $schema: _, ...v1p1 } = await readJson("case-v1p1-cfpackage-schema.json");
  const ajv2020 = new Ajv2020({ allErrors: true });
  // The 1.0 schemas write `additionalProperties: { "CFPackageURI": … }`, a keyword ajv's strict mode refuses.
  const ajv07 = new Ajv({ allErrors: true, strictSchema: false });
  addFormats(ajv2020);
  addFormats(ajv07);
  return {
    "CASE 1.1": ajv2020.compile(v1p1),
    "CASE 1.1 (OpenSALT)": ajv07.compile(await readJson("case-v1p1-cfpackage-schema.b6605f9d.json")),
    "CASE 1.0": ajv07.compile(await readJson("case-v1p0-cfpackage-schema.json")),
  };
}

describe("toCasePackage", () => {
  it.each(passRules)(
    "writes a package valid against the CASE 1.1 and 1.0 schemas ($kind)",
    async (passRule) => {
      const casePackage = toCasePackage(
        buildCaseExportInput({ content: buildExchangeReferential(passRule) }),
      );
      const broken = structuredClone(casePackage);
      broken.CFItems[0]!.identifier = "BC-01";
      for (const [name, validate] of Object.entries(await schemaValidators())) {
        expect({ name, valid: validate(casePackage), errors: validate.errors ?? null }).toEqual({
          name,
          valid: true,
          errors: null,
        });
        expect({ name, valid: validate(broken) }).toEqual({ name, valid: false });
      }
    },
  );

  it("writes correspondences as CFAssociations valid against the CASE 1.1 and 1.0 schemas", async () => {
    const input = buildCaseExportInput();
    const [block] = input.content.blocks;
    const other = caseItemUri(input.baseUri, "OQ", 2, ["B1"]);
    const casePackage = toCasePackage({
      ...input,
      correspondences: [
        { itemCode: block!.code, kind: "exact", other: { title: "OQ B1", uri: other }, isFrom: true },
        {
          itemCode: block!.capacities[0]!.code,
          kind: "related",
          other: { title: "CQP X", uri: "https://x.example/b" },
          isFrom: true,
        },
        { itemCode: "NOT-HERE", kind: "partial", other: { title: "?", uri: other }, isFrom: false },
      ],
    });
    const links = casePackage.CFAssociations.filter((a) => a.associationType !== "isChildOf");
    expect(links.map((a) => [a.associationType, a.destinationNodeURI.uri])).toEqual([
      ["exactMatchOf", other],
      ["isRelatedTo", "https://x.example/b"],
    ]);
    expect(links[0]!.destinationNodeURI.identifier).toBe(other.split("/").pop());
    for (const [name, validate] of Object.entries(await schemaValidators()))
      expect({ name, valid: validate(casePackage), errors: validate.errors ?? null }).toEqual({
        name,
        valid: true,
        errors: null,
      });
  });

  it("gives certificates the URI of each bloc and capacity item as the package writes it", () => {
    const input = buildCaseExportInput();
    const { CFItems } = toCasePackage(input);
    const [block] = input.content.blocks;
    const capacity = block!.capacities[0]!;
    const uriOf = (code: string) => CFItems.find((item) => item.humanCodingScheme === code)?.uri;
    const { code } = input.qualification;
    const { version } = input.version;
    expect(caseItemUri(input.baseUri, code, version, [block!.code])).toBe(uriOf(block!.code));
    expect(caseItemUri(input.baseUri, code, version, [block!.code, capacity.code])).toBe(
      uriOf(capacity.code),
    );
  });

  it("describes the version in the CFDocument and types each item", () => {
    const { CFDocument, CFItems, CFAssociations, CFDefinitions } = toCasePackage(buildCaseExportInput());
    expect(CFDocument).toMatchObject({
      title: "Opérateur de maintenance industrielle",
      version: "2",
      adoptionStatus: "Adopted",
      statusStartDate: "2025-03-12",
      lastChangeDateTime: "2025-03-12T09:30:00.000Z",
      language: "fr",
      uri: `https://cqpi.example.org/case/CFDocuments/${CFDocument.identifier}`,
    });
    expect(CFDocument.notes).toContain("Toutes les capacités professionnelles doivent être acquises.");
    expect(CFItems.map((item) => `${item.CFItemType} ${item.humanCodingScheme}`).slice(0, 4)).toEqual([
      "Bloc de compétences BC-01",
      "Capacité professionnelle C1.1",
      "Résultat attendu R1",
      "Résultat attendu R2",
    ]);
    expect(CFItems[1]).toMatchObject({
      notes: expect.stringContaining("ordre de travail"),
      extensions: { cqpi: { methods: ["booklet", "interview"] } },
    });
    expect(CFAssociations[3]).toMatchObject({
      associationType: "isChildOf",
      sequenceNumber: 2,
      originNodeURI: { identifier: CFItems[3]?.identifier },
      destinationNodeURI: { identifier: CFItems[1]?.identifier },
    });
    expect(CFDefinitions.CFItemTypes.map((type) => type.title)).toEqual([
      "Bloc de compétences",
      "Capacité professionnelle",
      "Résultat attendu",
    ]);
  });

  it("maps each version status to a CASE adoption status", () => {
    const statusOf = (status: CasePackageInput["version"]["status"]) =>
      toCasePackage(buildCaseExportInput({ version: { ...buildCaseExportInput().version, status } }))
        .CFDocument.adoptionStatus;
    expect([statusOf("draft"), statusOf("published"), statusOf("superseded")]).toEqual([
      "Draft",
      "Adopted",
      "Deprecated",
    ]);
  });

  it("gives the same identifiers on every export, and others to another version", () => {
    const identifiers = (input: CasePackageInput) => {
      const casePackage = toCasePackage(input);
      return [casePackage.CFDocument, ...casePackage.CFItems, ...casePackage.CFAssociations].map(
        (record) => record.identifier,
      );
    };
    const first = identifiers(buildCaseExportInput());
    expect(identifiers(buildCaseExportInput({ content: buildExchangeReferential(passRules[2]) }))).toEqual(
      first,
    );
    expect(new Set(first).size).toBe(first.length);
    const next = identifiers(
      buildCaseExportInput({ version: { ...buildCaseExportInput().version, version: 3 } }),
    );
    expect(next.filter((identifier) => first.includes(identifier))).toEqual([]);
  });
});

describe("fromCasePackage", () => {
  it.each(passRules)("reads back exactly what toCasePackage wrote ($kind)", (passRule) => {
    const content = buildExchangeReferential(passRule, { kind: "lifetime" });
    const json = JSON.parse(JSON.stringify(toCasePackage(buildCaseExportInput({ content }))));
    expect(fromCasePackage(json)).toEqual({
      qualification: { code: "OMI", title: "Opérateur de maintenance industrielle" },
      content,
    });
  });

  it("orders by sequenceNumber, not by the order of the arrays", () => {
    const casePackage = toCasePackage(buildCaseExportInput());
    const shuffled = {
      ...casePackage,
      CFItems: casePackage.CFItems.toReversed(),
      CFAssociations: casePackage.CFAssociations.toReversed(),
    };
    expect(fromCasePackage(shuffled).content).toEqual(buildCaseExportInput().content);
  });

  it("imports the OpenSALT empty framework, and reports the sample's unknown item type with its path", async () => {
    expect(fromCasePackage(await readJson("samples/EmptyExternalFramework.json"))).toEqual({
      qualification: { code: null, title: "Test Framework External Empty" },
      content: { passRule: { kind: "all_capacities" }, validity: { kind: "lifetime" }, blocks: [] },
    });
    const sample = await readJson("samples/ItemTypeTestFramework.json");
    expect(await importProblems(() => fromCasePackage(sample))).toEqual({
      "CFItems[0].CFItemType": "UNKNOWN_ITEM_TYPE",
      "CFItems[0].humanCodingScheme": "INVALID_FORMAT",
    });
  });
});

describe("fromCasePackage on broken packages", () => {
  it("reports every problem with its JSON path", async () => {
    const casePackage = buildForeignPackage([
      { id: "b1", parent: foreignDocumentId, code: "B1", statement: "Produire", type: "Bloc de compétences" },
      { id: "c1", parent: "b1", code: "C1", statement: "  ", type: "Capacité professionnelle" },
      { id: "r1", parent: "c1", code: "R1", statement: "Réglage juste", type: "Learning Objective" },
      { id: "r2", parent: "gone", code: "R2", statement: "Orphelin" },
      { id: "r3", parent: "c1", code: "R1", statement: "Même code" },
    ]);
    expect(await importProblems(() => fromCasePackage(casePackage))).toEqual({
      "CFAssociations[3].destinationNodeURI": "PARENT_NOT_FOUND",
      "CFItems[2].CFItemType": "UNKNOWN_ITEM_TYPE",
      "CFItems[1].fullStatement": "REQUIRED",
      "CFItems[4].humanCodingScheme": "CODE_USED_BY_SIBLING",
    });
  });
});
