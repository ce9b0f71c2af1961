import type { FieldErrorCode } from "../../../server/error-codes.ts";
import { AppError, type FieldErrors } from "../../../server/errors.ts";
import type { Block, PassRule, ReferentialContent } from "../schemas.ts";
import type { CasePackageInput } from "./case-package.ts";

/**
 * A realistic referential for the exchange tests (three blocs; texts with accents, quotes, separators and
 * line breaks, which each format must carry unchanged). Not a test file: the format tests share it.
 */
export function buildExchangeReferential(
  passRule: PassRule = { kind: "all_capacities" },
  validity: ReferentialContent["validity"] = { kind: "years", years: 5 },
): ReferentialContent {
  return { passRule, validity, blocks: exchangeBlocks() };
}

export const passRules: PassRule[] = [
  { kind: "all_capacities" },
  { kind: "criteria_percentage", minPercent: 75 },
  {
    kind: "weighted_marks",
    partialCredit: 0.5,
    blockThreshold: 60,
    blockThresholds: { "BC-02": 70 },
    overallThreshold: 65.5,
  },
];

function exchangeBlocks(): Block[] {
  return [
    {
      code: "BC-01",
      title: "Préparer et organiser l'intervention de maintenance",
      rncpCode: "RNCP37890BC01",
      capacities: [
        {
          code: "C1.1",
          title: "Analyser une demande d'intervention ; identifier l'équipement concerné",
          conditions: "À partir d'un ordre de travail écrit,\net de la documentation « constructeur »",
          methods: ["booklet", "interview"],
          criteria: [
            { code: "R1", indicator: 'La demande est reformulée "sans erreur"', weight: 1 },
            { code: "R2", indicator: "L'équipement, ses risques et son état sont identifiés", weight: 1.5 },
          ],
        },
        {
          code: "C1.2",
          title: "Préparer l'outillage et les pièces de rechange",
          conditions: "",
          methods: ["observation"],
          criteria: [
            { code: "R1", indicator: "La liste des pièces est complète, conforme au dossier", weight: 2 },
          ],
        },
      ],
    },
    {
      code: "BC-02",
      title: "Réaliser la maintenance corrective et préventive",
      rncpCode: null,
      capacities: [
        {
          code: "C2.1",
          title: "Diagnostiquer une panne électrique ou mécanique",
          conditions: "En situation de travail réelle, sous la responsabilité d'un tuteur",
          methods: ["observation", "questioning", "interview"],
          criteria: [
            { code: "R1", indicator: "La panne est localisée dans le temps imparti", weight: 3 },
            {
              code: "R2",
              indicator: "La cause est expliquée ; les hypothèses écartées sont justifiées",
              weight: 1,
            },
            {
              code: "R3",
              indicator: "Les consignes de sécurité (consignation, EPI) sont respectées",
              weight: 1,
            },
          ],
        },
        {
          code: "C2.2",
          title: "Remplacer un sous-ensemble défectueux",
          conditions: "",
          methods: [],
          criteria: [],
        },
      ],
    },
    {
      code: "BC-03",
      title: "Rendre compte de son intervention et contribuer à l'amélioration continue",
      rncpCode: "RNCP37890BC03",
      capacities: [
        {
          code: "C3.1",
          title: "Renseigner le compte rendu d'intervention (GMAO)",
          conditions: "Avec l'outil de GMAO de l'entreprise",
          methods: ["booklet"],
          criteria: [
            { code: "R1", indicator: "Le compte rendu est exploitable par l'équipe suivante", weight: 1 },
          ],
        },
      ],
    },
  ];
}

/** The located problems of an import that must fail with IMPORT_FAILED, keyed as `importFailed` keys them. */
export async function importProblemDetails(importFile: () => unknown): Promise<FieldErrors> {
  try {
    await importFile();
  } catch (error) {
    if (error instanceof AppError && error.code === "IMPORT_FAILED") return error.fields ?? {};
    throw error;
  }
  throw new Error("the import succeeded; it was expected to fail");
}

/** The code of each located problem of an import that must fail with IMPORT_FAILED. */
export async function importProblems(importFile: () => unknown): Promise<Record<string, FieldErrorCode>> {
  const fields = await importProblemDetails(importFile);
  return Object.fromEntries(Object.entries(fields).map(([place, problem]) => [place, problem.code]));
}

/** One item of a package as another CASE tool would write it: no `extensions.cqpi`. */
export interface ForeignItem {
  id: string;
  parent: string;
  statement: string;
  code?: string;
  type?: string;
  notes?: string;
  sequence?: number;
  extensions?: Record<string, unknown>;
}

export const foreignDocumentId = "d0000000-0000-4000-8000-000000000000";

/** A CFPackage from another tool (identifiers and URIs as OpenSALT writes them) holding `items`. */
export function buildForeignPackage(items: ForeignItem[]) {
  const uri = (kind: string, id: string) => `https://server/ims/case/v1p0/${kind}/${id}`;
  const at = "2024-01-15T10:00:00+00:00";
  return {
    CFDocument: {
      identifier: foreignDocumentId,
      uri: uri("CFDocuments", foreignDocumentId),
      creator: "OpenSALT",
      title: "Cadre importé",
      lastChangeDateTime: at,
    },
    CFItems: items.map((item) => ({
      identifier: item.id,
      uri: uri("CFItems", item.id),
      fullStatement: item.statement,
      lastChangeDateTime: at,
      ...(item.code === undefined ? {} : { humanCodingScheme: item.code }),
      ...(item.type === undefined ? {} : { CFItemType: item.type }),
      ...(item.notes === undefined ? {} : { notes: item.notes }),
      ...(item.extensions === undefined ? {} : { extensions: item.extensions }),
    })),
    CFAssociations: items.map((item, index) => ({
      identifier: `a0000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      uri: uri("CFAssociations", String(index)),
      associationType: "isChildOf",
      ...(item.sequence === undefined ? {} : { sequenceNumber: item.sequence }),
      originNodeURI: { title: item.statement, identifier: item.id, uri: uri("CFItems", item.id) },
      destinationNodeURI: { title: "", identifier: item.parent, uri: uri("CFItems", item.parent) },
      lastChangeDateTime: at,
    })),
  };
}

/** What the export of version 2 (published) of a CQPI passes to `toCasePackage`. */
export function buildCaseExportInput(overrides: Partial<CasePackageInput> = {}): CasePackageInput {
  return {
    qualification: {
      code: "OMI",
      title: "Opérateur de maintenance industrielle",
      description: "CQPI interbranches",
    },
    version: {
      version: 2,
      status: "published",
      publishedAt: "2025-03-12T09:30:00.000Z",
      updatedAt: "2025-03-12T09:30:00.000Z",
    },
    content: buildExchangeReferential(),
    publisher: "Comité national des CQPI",
    baseUri: "https://cqpi.example.org/case/",
    ...overrides,
  };
}
