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
      { path: "CFItems[1].identifier", code: "REQUIRED", message: "must not be empty" },
      {
        path: "CFItems[2].identifier",
        code: "IDENTIFIER_TWICE",
        params: { identifier: "a", other: "CFItems[0]" },
        message: "a is also the identifier of CFItems[0]",
      },
      {
        path: "CFItems[3].identifier",
        code: "IDENTIFIER_OF_DOCUMENT",
        message: "is the identifier of the CFDocument",
      },
      {
        path: "CFItems[4]",
        code: "INVALID_TYPE",
        params: { expected: "object" },
        message: "must be an object",
      },
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
    expect(problems.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: "CFAssociations[0].originNodeURI", code: "NO_SUCH_ITEM", params: { identifier: "ghost" } },
      {
        path: "CFAssociations[2].destinationNodeURI",
        code: "PARENT_NOT_FOUND",
        params: { child: "CFItems[1]", identifier: "nowhere" },
      },
      {
        path: "CFAssociations[3]",
        code: "SECOND_PARENT",
        params: { child: "CFItems[0]", association: "CFAssociations[1]" },
      },
      { path: "CFItems[2]", code: "NO_PARENT", params: undefined },
      { path: "CFItems[3]", code: "PARENT_CYCLE", params: undefined },
      { path: "CFItems[4]", code: "PARENT_CYCLE", params: undefined },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      "ghost: no such CFItem in the package",
      "the parent of CFItems[1] (nowhere) is neither the CFDocument nor a CFItem of the package",
      "CFItems[0] already has a parent (CFAssociations[1]); a referential is a tree",
      "has no isChildOf association to the CFDocument or to another CFItem",
      "is not under the CFDocument: its isChildOf associations form a cycle",
      "is not under the CFDocument: its isChildOf associations form a cycle",
    ]);
  });
});
