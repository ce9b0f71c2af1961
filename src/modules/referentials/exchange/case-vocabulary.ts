/**
 * The CASE shapes this platform writes, and its vocabulary in them: the three CFItemTypes of a CQPI
 * referential and the `extensions.cqpi` object (CASE 1.1 extension point) that carries what CASE has no
 * field for. See case-package.ts for the whole encoding.
 */

export type ItemKind = "block" | "capacity" | "criterion";

/** From the root down: blocs under the CFDocument, capacities under blocs, criteria under capacities. */
export const itemKindsByDepth: readonly ItemKind[] = ["block", "capacity", "criterion"];

export const itemTypes: Record<
  ItemKind,
  { title: string; typeCode: string; hierarchyCode: string; description: string }
> = {
  block: {
    title: "Bloc de compétences",
    typeCode: "block",
    hierarchyCode: "1",
    description:
      "Ensemble homogène de capacités professionnelles, pouvant être acquis et certifié séparément",
  },
  capacity: {
    title: "Capacité professionnelle",
    typeCode: "capacity",
    hierarchyCode: "2",
    description: "Savoir-faire attendu, avec ses conditions de réalisation et ses modalités d'évaluation",
  },
  criterion: {
    title: "Résultat attendu",
    typeCode: "criterion",
    hierarchyCode: "3",
    description: "Résultat attendu observable et/ou mesurable : critère d'évaluation d'une capacité",
  },
};

export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  frameworkType: string;
  caseVersion: "1.1";
  creator: string;
  publisher: string;
  title: string;
  description?: string;
  language: string;
  version: string;
  adoptionStatus: string;
  statusStartDate?: string;
  lastChangeDateTime: string;
  notes: string;
  extensions: { cqpi: { qualificationCode: string; passRule: unknown; validity: unknown } };
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme: string;
  CFItemType: string;
  CFItemTypeURI: CaseLink;
  language: string;
  notes?: string;
  lastChangeDateTime: string;
  extensions?: { cqpi: Record<string, unknown> };
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: "isChildOf" | "exactMatchOf" | "isPartOf" | "isRelatedTo";
  sequenceNumber: number;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  lastChangeDateTime: string;
  extensions?: { cqpi: Record<string, unknown> };
}

export interface CaseItemType {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode: string;
  lastChangeDateTime: string;
}

export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions: { CFItemTypes: CaseItemType[] };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const normalized = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

/**
 * Which of our item types an item of any tool declares, by its CFItemType, its CFItemTypeURI title, or the
 * CFItemTypes definition it points to (title or typeCode); `undefined` when it declares none.
 */
export function recognizeItemType(
  item: Record<string, unknown>,
  definitions: Map<string, Record<string, unknown>>,
): { kind: ItemKind | null; label: string } | undefined {
  const link = isRecord(item.CFItemTypeURI) ? item.CFItemTypeURI : {};
  const definition = typeof link.identifier === "string" ? definitions.get(link.identifier) : undefined;
  const names = [item.CFItemType, link.title, definition?.title, definition?.typeCode].filter(
    (name): name is string => typeof name === "string" && name.trim() !== "",
  );
  if (names.length === 0) return undefined;
  const wanted = new Set(names.map(normalized));
  const kind = itemKindsByDepth.find(
    (candidate) =>
      wanted.has(normalized(itemTypes[candidate].title)) ||
      wanted.has(normalized(itemTypes[candidate].typeCode)),
  );
  return { kind: kind ?? null, label: names[0]! };
}
