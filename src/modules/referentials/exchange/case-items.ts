import { type ImportProblem, importProblem } from "../errors.ts";
import type { Block } from "../schemas.ts";
import type { PackageTree } from "./case-tree.ts";
import {
  type CaseAssociation,
  type CaseItem,
  type CaseLink,
  type ItemKind,
  isRecord,
  itemKindsByDepth,
  itemTypes,
  recognizeItemType,
} from "./case-vocabulary.ts";
import type { RawBlock, RawCapacity, RawNode } from "./content-problems.ts";

/** The blocs, capacities and criteria as CFItems and isChildOf associations (encoding in case-package.ts). */

/** Makes the link of a record: its identifier is the name-based UUID of `name`. */
export type Linker = (collection: string, name: string, title: string) => CaseLink;

interface WriteContext {
  /** The URL prefix that makes identifiers unique to this qualification and version. */
  scope: string;
  document: CaseLink;
  typeLinks: Record<ItemKind, CaseLink>;
  lastChangeDateTime: string;
  link: Linker;
}

/** Writes the blocs as CFItems, each with the isChildOf association to its parent, in document order. */
export function writeItems(blocks: Block[], context: WriteContext) {
  const { scope, lastChangeDateTime, link } = context;
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const add = (kind: ItemKind, path: string[], parent: CaseLink, position: number, fields: ItemFields) => {
    const name = path.map(encodeURIComponent).join("/");
    const item = link("CFItems", `${scope}/items/${name}`, fields.code);
    items.push({
      identifier: item.identifier,
      uri: item.uri,
      fullStatement: fields.statement,
      humanCodingScheme: fields.code,
      CFItemType: itemTypes[kind].title,
      CFItemTypeURI: context.typeLinks[kind],
      language: "fr",
      ...(fields.notes ? { notes: fields.notes } : {}),
      lastChangeDateTime,
      ...(fields.extension ? { extensions: { cqpi: fields.extension } } : {}),
    });
    const { identifier, uri } = link("CFAssociations", `${scope}/associations/${name}`, "");
    associations.push({
      identifier,
      uri,
      associationType: "isChildOf",
      sequenceNumber: position + 1,
      originNodeURI: item,
      destinationNodeURI: parent,
      lastChangeDateTime,
    });
    return item;
  };

  blocks.forEach((block, b) => {
    const extension = block.rncpCode === null ? undefined : { rncpCode: block.rncpCode };
    const blockItem = add("block", [block.code], context.document, b, {
      code: block.code,
      statement: block.title,
      extension,
    });
    block.capacities.forEach((capacity, c) => {
      const path = [block.code, capacity.code];
      const capacityItem = add("capacity", path, blockItem, c, {
        code: capacity.code,
        statement: capacity.title,
        notes: capacity.conditions,
        extension: { methods: capacity.methods },
      });
      capacity.criteria.forEach((criterion, r) => {
        const fields = {
          code: criterion.code,
          statement: criterion.indicator,
          extension: { weight: criterion.weight },
        };
        add("criterion", [...path, criterion.code], capacityItem, r, fields);
      });
    });
  });
  return { items, associations };
}

interface ItemFields {
  code: string;
  statement: string;
  notes?: string;
  extension?: Record<string, unknown>;
}

/** The `extensions.cqpi` object of a CASE record, or an empty one when another tool wrote it. */
export const extensionOf = (record: Record<string, unknown>) =>
  isRecord(record.extensions) && isRecord(record.extensions.cqpi) ? record.extensions.cqpi : {};

/** Where each field of the content is read from in a CFItem, to locate schema problems. */
export const itemFieldPaths: Record<string, string> = {
  code: ".humanCodingScheme",
  title: ".fullStatement",
  indicator: ".fullStatement",
  conditions: ".notes",
  rncpCode: ".extensions.cqpi.rncpCode",
  methods: ".extensions.cqpi.methods",
  weight: ".extensions.cqpi.weight",
};

interface ReadContext {
  items: unknown[];
  tree: PackageTree;
  /** CFDefinitions.CFItemTypes by identifier. */
  definitions: Map<string, Record<string, unknown>>;
  problems: ImportProblem[];
}

/**
 * Reads the items under the CFDocument into raw blocs (unvalidated), adding type and nesting problems to
 * `problems`; `origins` gives the CFItems index each raw node came from. An item's level decides what it is
 * read as; a declared type that is unknown or does not fit the level is a problem.
 */
export function readItems(documentIdentifier: string, context: ReadContext) {
  const { items, tree, problems } = context;
  const origins = new Map<object, number>();
  const expectedTypes = itemKindsByDepth.map((kind) => itemTypes[kind].title).join(", ");

  const read = (index: number, depth: number): RawNode => {
    const item = isRecord(items[index]) ? items[index] : {};
    const kind = itemKindsByDepth[depth]!;
    const type = recognizeItemType(item, context.definitions);
    const typePath = `CFItems[${index}].CFItemType`;
    if (type?.kind === null) {
      problems.push(
        importProblem(
          { path: typePath },
          "UNKNOWN_ITEM_TYPE",
          `unknown item type "${type.label}" (expected ${expectedTypes})`,
          {
            label: type.label,
            options: itemKindsByDepth.map((kind) => itemTypes[kind].title),
          },
        ),
      );
    } else if (type && type.kind !== kind) {
      const [found, expected] = [itemTypes[type.kind].title, itemTypes[kind].title];
      const message = `a ${found} cannot be here: a ${expected} was expected`;
      problems.push(importProblem({ path: typePath }, "MISPLACED_ITEM_TYPE", message, { found, expected }));
    }
    const extension = extensionOf(item);
    const children = tree.childrenOf(tree.identifiers[index]!);
    const code = item.humanCodingScheme ?? "";
    const statement = item.fullStatement ?? "";
    let node: RawNode;
    if (kind === "block") {
      const capacities = children.map((child) => read(child, depth + 1) as RawCapacity);
      node = { code, title: statement, rncpCode: extension.rncpCode ?? null, capacities };
    } else if (kind === "capacity") {
      const criteria = children.map((child) => read(child, depth + 1));
      node = {
        code,
        title: statement,
        conditions: item.notes ?? "",
        methods: extension.methods ?? [],
        criteria,
      };
    } else {
      for (const child of children) {
        const message = `is under a ${itemTypes.criterion.title}, which cannot have children`;
        problems.push(importProblem({ path: `CFItems[${child}]` }, "CHILD_OF_CRITERION", message));
      }
      node = { code, indicator: statement, weight: extension.weight };
    }
    origins.set(node, index);
    return node;
  };

  const blocks = tree.childrenOf(documentIdentifier).map((index) => read(index, 0) as RawBlock);
  return { blocks, origins };
}
