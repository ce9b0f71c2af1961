/**
 * A referential version as a 1EdTech CASE 1.1 CFPackage, and back.
 *
 * Encoding (valid against the CASE 1.1 and 1.0 package schemas):
 * - CFDocument = the referential version: `title`/`description` of the CQPI, `version`, `adoptionStatus`
 *   (draft → Draft, published → Adopted, superseded → Deprecated), `statusStartDate` = publication day,
 *   `lastChangeDateTime` = last change of the version, `language` "fr", `frameworkType` "CQPI", `notes` = the
 *   pass rule and validity in French words (for people), `extensions.cqpi` = { qualificationCode, passRule,
 *   validity } as in `schemas.ts` (for machines; the notes are not read back).
 * - CFItems = blocs, capacities, criteria, typed by three CFItemTypes ("Bloc de compétences", "Capacité
 *   professionnelle", "Résultat attendu"): `humanCodingScheme` = code, `fullStatement` = title or indicator,
 *   capacity `notes` = conditions de réalisation, and in `extensions.cqpi`: bloc `rncpCode`, capacity `methods`
 *   (codes of `assessmentMethods`), criterion `weight`.
 * - Order and nesting = `isChildOf` associations (child → parent) with `sequenceNumber` from 1.
 * - Recorded correspondences = `exactMatchOf` / `isPartOf` / `isRelatedTo` associations from the item to the
 *   other end (see case-correspondences.ts); import reads only `isChildOf`.
 * - Identifiers = name-based UUIDs of `${baseUri}/${code}/v${version}/…` (document, item path of codes,
 *   association of the item path), CFItemTypes of `${baseUri}/item-types/${kind}`: re-exporting gives the
 *   same identifiers; `uri` = `${baseUri}/CFDocuments|CFItems|CFAssociations|CFItemTypes/${identifier}`.
 * Extensions are the CASE 1.1 place for data it has no field for; the 1.0 schema lets them through too.
 * Packages from other tools import with defaults where `extensions.cqpi` is absent (no methods, weight 1,
 * no RNCP code, default pass rule and validity); an item without a type takes the type of its depth.
 */

import { type ImportProblem, importFailed, importProblem } from "../errors.ts";
import type { ReferentialContent } from "../schemas.ts";
import { type CaseCorrespondence, writeCorrespondences } from "./case-correspondences.ts";
import { extensionOf, itemFieldPaths, type Linker, readItems, writeItems } from "./case-items.ts";
import { readPackageTree } from "./case-tree.ts";
import {
  type CaseLink,
  type CasePackage,
  type ItemKind,
  isRecord,
  itemKindsByDepth,
  itemTypes,
} from "./case-vocabulary.ts";
import { findOrigin, type RawContent, validateImportedContent } from "./content-problems.ts";
import { describePassRule, describeValidity } from "./french-labels.ts";
import { nameBasedUuid } from "./name-based-uuid.ts";

export interface CasePackageInput {
  qualification: { code: string; title: string; description: string };
  version: {
    version: number;
    status: "draft" | "published" | "superseded";
    publishedAt: string | null;
    updatedAt: string;
  };
  content: ReferentialContent;
  publisher: string;
  baseUri: string;
  /** The correspondences recorded on the version's blocs and capacities (CFAssociations after the tree's). */
  correspondences?: readonly CaseCorrespondence[];
}

const adoptionStatuses = { draft: "Draft", published: "Adopted", superseded: "Deprecated" } as const;

/** The referential version as a CASE CFPackage (see the encoding above); pure and deterministic. */
export function toCasePackage(input: CasePackageInput): CasePackage {
  const { qualification, version, content, publisher } = input;
  const base = input.baseUri.replace(/\/+$/, "");
  const scope = caseScope(base, qualification.code, version.version);
  const lastChangeDateTime = new Date(version.updatedAt).toISOString();
  const link: Linker = (collection, name, title) => {
    const identifier = nameBasedUuid(name);
    return { title, identifier, uri: `${base}/${collection}/${identifier}` };
  };
  const typeLinks = Object.fromEntries(
    itemKindsByDepth.map((kind) => [
      kind,
      link("CFItemTypes", `${base}/item-types/${kind}`, itemTypes[kind].title),
    ]),
  ) as Record<ItemKind, CaseLink>;
  const document = link("CFDocuments", `${scope}/document`, qualification.title);
  const { items, associations } = writeItems(content.blocks, {
    scope,
    document,
    typeLinks,
    lastChangeDateTime,
    link,
  });
  return {
    CFDocument: {
      identifier: document.identifier,
      uri: document.uri,
      frameworkType: "CQPI",
      caseVersion: "1.1",
      creator: publisher,
      publisher,
      title: qualification.title,
      ...(qualification.description ? { description: qualification.description } : {}),
      language: "fr",
      version: String(version.version),
      adoptionStatus: adoptionStatuses[version.status],
      ...(version.publishedAt
        ? { statusStartDate: new Date(version.publishedAt).toISOString().slice(0, 10) }
        : {}),
      lastChangeDateTime,
      notes: `${describePassRule(content.passRule)}\n${describeValidity(content.validity)}`,
      extensions: {
        cqpi: {
          qualificationCode: qualification.code,
          passRule: content.passRule,
          validity: content.validity,
        },
      },
    },
    CFItems: items,
    CFAssociations: [
      ...associations,
      ...writeCorrespondences(input.correspondences ?? [], { scope, items, link, lastChangeDateTime }),
    ],
    CFDefinitions: {
      CFItemTypes: itemKindsByDepth.map((kind) => ({
        identifier: typeLinks[kind].identifier,
        uri: typeLinks[kind].uri,
        title: itemTypes[kind].title,
        description: itemTypes[kind].description,
        hierarchyCode: itemTypes[kind].hierarchyCode,
        typeCode: itemTypes[kind].typeCode,
        lastChangeDateTime,
      })),
    },
  };
}

/** The URL prefix that makes identifiers unique to a qualification's version. */
const caseScope = (base: string, code: string, version: number) =>
  `${base}/${encodeURIComponent(code)}/v${version}`;

/**
 * The URI of a bloc's or capacity's CFItem (`path` = its codes from the bloc down) in the version's CASE
 * package, as `toCasePackage` writes it: what certificates align their achievement to.
 */
export function caseItemUri(
  baseUri: string,
  qualificationCode: string,
  version: number,
  path: string[],
): string {
  const base = baseUri.replace(/\/+$/, "");
  const name = `${caseScope(base, qualificationCode, version)}/items/${path.map(encodeURIComponent).join("/")}`;
  return `${base}/CFItems/${nameBasedUuid(name)}`;
}

/** What a CASE package gives back: the CQPI it describes, as far as the package says, and its referential. */
export interface ImportedCasePackage {
  qualification: { code: string | null; title: string | null };
  content: ReferentialContent;
}

const jsonPath = (keys: PropertyKey[]) =>
  keys.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");

/**
 * Rebuilds a referential from a CFPackage (ours or another tool's; see the encoding above). Throws
 * `importFailed` with every problem, each at its JSON path in the package (`CFItems[3].fullStatement`).
 */
export function fromCasePackage(json: unknown): ImportedCasePackage {
  if (!isRecord(json) || !isRecord(json.CFDocument)) {
    throw importFailed([
      importProblem({ path: "CFDocument" }, "NOT_CASE_PACKAGE", "is missing: this is not a CASE CFPackage"),
    ]);
  }
  const problems: ImportProblem[] = [];
  const arrayAt = (path: string, value: unknown): unknown[] => {
    if (value === undefined || Array.isArray(value)) return value ?? [];
    problems.push(importProblem({ path }, "INVALID_TYPE", "must be an array", { expected: "array" }));
    return [];
  };
  const document = json.CFDocument;
  const documentId = typeof document.identifier === "string" ? document.identifier : "";
  if (documentId === "")
    problems.push(importProblem({ path: "CFDocument.identifier" }, "REQUIRED", "must not be empty"));
  const items = arrayAt("CFItems", json.CFItems);
  const definitions = new Map(
    arrayAt(
      "CFDefinitions.CFItemTypes",
      isRecord(json.CFDefinitions) ? json.CFDefinitions.CFItemTypes : undefined,
    )
      .filter(isRecord)
      .map((definition) => [String(definition.identifier), definition]),
  );
  const tree = readPackageTree(documentId, items, arrayAt("CFAssociations", json.CFAssociations), problems);
  const { blocks, origins } = readItems(documentId, { items, tree, definitions, problems });

  const cqpi = extensionOf(document);
  const raw: RawContent = { passRule: cqpi.passRule, validity: cqpi.validity, blocks };
  const locateAt = (path: readonly PropertyKey[]) => {
    const { origin, rest } = findOrigin(raw, path, origins);
    if (origin === undefined)
      return { path: rest[0] === "blocks" ? "CFItems" : `CFDocument.extensions.cqpi${jsonPath(rest)}` };
    return { path: `CFItems[${origin}]${itemFieldPaths[String(rest[0])] ?? ""}${jsonPath(rest.slice(1))}` };
  };
  return {
    qualification: {
      code: typeof cqpi.qualificationCode === "string" ? cqpi.qualificationCode : null,
      title: typeof document.title === "string" ? document.title : null,
    },
    content: validateImportedContent(raw, locateAt, problems),
  };
}
