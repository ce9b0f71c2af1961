import { type ImportProblem, importProblem } from "../errors.ts";
import { isRecord } from "./case-vocabulary.ts";

/**
 * The tree of a CASE package as its `isChildOf` associations draw it (child = origin, parent = destination,
 * order = sequenceNumber). Every item must hang, through exactly one parent each, under the CFDocument;
 * other association types say nothing about the tree and are ignored.
 */
export interface PackageTree {
  /** Item indices (in CFItems) under a parent identifier, in sequence order. */
  childrenOf: (parentIdentifier: string) => number[];
  /** The identifier of each item, by index; `undefined` for an item without a usable one. */
  identifiers: (string | undefined)[];
}

interface Parent {
  identifier: string;
  sequence: number;
  association: number;
}

const linkedIdentifier = (link: unknown) =>
  isRecord(link) && typeof link.identifier === "string" && link.identifier !== ""
    ? link.identifier
    : undefined;

/** Reads the tree, adding to `problems` each item or association that does not fit it, with its JSON path. */
export function readPackageTree(
  documentIdentifier: string,
  items: unknown[],
  associations: unknown[],
  problems: ImportProblem[],
): PackageTree {
  const indexById = new Map<string, number>();
  const identifiers = items.map((item, index) => {
    const identifier = linkedIdentifier(item);
    const path = `CFItems[${index}]${isRecord(item) ? ".identifier" : ""}`;
    const duplicate = identifier === undefined ? undefined : indexById.get(identifier);
    const at = { path };
    let problem: ImportProblem | undefined;
    if (!isRecord(item))
      problem = importProblem(at, "INVALID_TYPE", "must be an object", { expected: "object" });
    else if (identifier === undefined) problem = importProblem(at, "REQUIRED", "must not be empty");
    else if (identifier === documentIdentifier)
      problem = importProblem(at, "IDENTIFIER_OF_DOCUMENT", "is the identifier of the CFDocument");
    else if (duplicate !== undefined)
      problem = importProblem(
        at,
        "IDENTIFIER_TWICE",
        `${identifier} is also the identifier of CFItems[${duplicate}]`,
        {
          identifier,
          other: `CFItems[${duplicate}]`,
        },
      );
    if (problem !== undefined) {
      problems.push(problem);
      return undefined;
    }
    indexById.set(identifier!, index);
    return identifier;
  });

  const parentOf = new Map<number, Parent>();
  const hasChildOfAssociation = new Set<number>();
  associations.forEach((association, a) => {
    const path = `CFAssociations[${a}]`;
    if (!isRecord(association) || association.associationType !== "isChildOf") return;
    const origin = linkedIdentifier(association.originNodeURI);
    const child = origin === undefined ? undefined : indexById.get(origin);
    if (child === undefined) {
      problems.push(
        importProblem(
          { path: `${path}.originNodeURI` },
          "NO_SUCH_ITEM",
          `${origin ?? "no identifier"}: no such CFItem in the package`,
          {
            identifier: origin ?? "",
          },
        ),
      );
      return;
    }
    hasChildOfAssociation.add(child);
    const destination = linkedIdentifier(association.destinationNodeURI);
    if (destination === undefined || (destination !== documentIdentifier && !indexById.has(destination))) {
      const message = `the parent of CFItems[${child}] (${destination ?? "no identifier"}) is neither the CFDocument nor a CFItem of the package`;
      problems.push(
        importProblem({ path: `${path}.destinationNodeURI` }, "PARENT_NOT_FOUND", message, {
          child: `CFItems[${child}]`,
          identifier: destination ?? "",
        }),
      );
      return;
    }
    const previous = parentOf.get(child);
    if (previous) {
      const message = `CFItems[${child}] already has a parent (CFAssociations[${previous.association}]); a referential is a tree`;
      problems.push(
        importProblem({ path }, "SECOND_PARENT", message, {
          child: `CFItems[${child}]`,
          association: `CFAssociations[${previous.association}]`,
        }),
      );
      return;
    }
    const sequence = Number.isInteger(association.sequenceNumber)
      ? Number(association.sequenceNumber)
      : Infinity;
    parentOf.set(child, { identifier: destination, sequence, association: a });
  });

  const children = new Map<string, number[]>();
  const ordered = [...parentOf].sort(
    ([, left], [, right]) => left.sequence - right.sequence || left.association - right.association,
  );
  for (const [child, parent] of ordered)
    children.set(parent.identifier, [...(children.get(parent.identifier) ?? []), child]);
  const childrenOf = (identifier: string) => children.get(identifier) ?? [];

  const reached = new Set<number>();
  const visit = (identifier: string) => {
    for (const child of childrenOf(identifier)) {
      reached.add(child);
      visit(identifiers[child]!);
    }
  };
  visit(documentIdentifier);
  identifiers.forEach((identifier, index) => {
    if (identifier === undefined || reached.has(index)) return;
    if (!hasChildOfAssociation.has(index)) {
      problems.push(
        importProblem(
          { path: `CFItems[${index}]` },
          "NO_PARENT",
          "has no isChildOf association to the CFDocument or to another CFItem",
        ),
      );
    } else if (isInCycle(index, parentOf, indexById)) {
      problems.push(
        importProblem(
          { path: `CFItems[${index}]` },
          "PARENT_CYCLE",
          "is not under the CFDocument: its isChildOf associations form a cycle",
        ),
      );
    }
  });
  return { childrenOf, identifiers };
}

/** Whether climbing from an item through its parents comes back to an item already passed. */
function isInCycle(start: number, parentOf: Map<number, Parent>, indexById: Map<string, number>): boolean {
  const passed = new Set<number>();
  let current: number | undefined = start;
  while (current !== undefined && !passed.has(current)) {
    passed.add(current);
    const parent = parentOf.get(current);
    current = parent ? indexById.get(parent.identifier) : undefined;
  }
  return current !== undefined;
}
