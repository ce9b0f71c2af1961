import { describe, expect, it } from "vitest";
import type { ImportProblem } from "../errors.ts";
import { readPackageTree } from "./case-tree.ts";

const item = (identifier: string) => ({ identifier });
const childOf = (child: string, parent: string, sequenceNumber?: number) => ({
  associationType: "isChildOf",
  originNodeURI: { identifier: child },
  destinationNodeURI: { identifier: parent },
  ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
});

function read(items: unknown[], associations: unknown[]) {
  const problems: ImportProblem[] = [];
  const tree = readPackageTree("doc", items, associations, problems);
  return { tree, problems };
}

describe("readPackageTree", () => {
  it("orders children by sequenceNumber, then by association order, and ignores other associations", () => {
    const { tree, problems } = read(
      [item("a"), item("b"), item("c"), item("d")],
      [
        childOf("c", "doc"),
        childOf("b", "doc", 2),
        childOf("a", "doc", 1),
        { ...childOf("d", "a"), associationType: "isRelatedTo" },
        childOf("d", "a", 1),
      ],
    );
    expect(problems).toEqual([]);
    expect(tree.childrenOf("doc")).toEqual([0, 1, 2]);
    expect(tree.childrenOf("a")).toEqual([3]);
    expect(tree.childrenOf("b")).toEqual([]);
  });

  it("reports items that are not objects and identifiers missing, repeated or taken from the document", () => {
    const { problems } = read([item("a"), {}, item("a"), item("doc"), "b"], [childOf("a", "doc")]);
    expect(problems).toEqual([
      { path: "CFItems[1].identifier", message: "must not be empty" },
      { path: "CFItems[2].identifier", message: "a is also the identifier of CFItems[0]" },
      { path: "CFItems[3].identifier", message: "is the identifier of the CFDocument" },
      { path: "CFItems[4]", message: "must be an object" },
    ]);
  });

  it("reports unknown origins, missing parents, second parents, orphans and cycles", () => {
    const { problems } = read(
      [item("a"), item("b"), item("c"), item("x"), item("y")],
      [
        childOf("ghost", "doc"),
        childOf("a", "doc"),
        childOf("b", "nowhere"),
        childOf("a", "doc"),
        childOf("x", "y"),
        childOf("y", "x"),
      ],
    );
    expect(problems).toEqual([
      { path: "CFAssociations[0].originNodeURI", message: "ghost: no such CFItem in the package" },
      {
        path: "CFAssociations[2].destinationNodeURI",
        message: "the parent of CFItems[1] (nowhere) is neither the CFDocument nor a CFItem of the package",
      },
      {
        path: "CFAssociations[3]",
        message: "CFItems[0] already has a parent (CFAssociations[1]); a referential is a tree",
      },
      { path: "CFItems[2]", message: "has no isChildOf association to the CFDocument or to another CFItem" },
      { path: "CFItems[3]", message: "is not under the CFDocument: its isChildOf associations form a cycle" },
      { path: "CFItems[4]", message: "is not under the CFDocument: its isChildOf associations form a cycle" },
    ]);
  });
});
