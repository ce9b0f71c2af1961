import { describe, expect, it } from "vitest";
import { buildBlock, buildCapacity } from "../../../test/factories.ts";
import {
  moveAt,
  newBlock,
  newCapacity,
  newCriterion,
  removeAt,
  toBlocks,
  toEditableBlocks,
} from "./editable-tree.ts";

describe("the editor's tree", () => {
  it("goes back to the API's shape: no keys, text trimmed, an empty RNCP code as null, weights as numbers", () => {
    const [block] = toEditableBlocks([buildBlock({ rncpCode: "RNCP1" })]);
    const edited = {
      ...block!,
      title: " Bloc  ",
      rncpCode: " ",
      capacities: [
        { ...block!.capacities[0]!, criteria: [{ ...block!.capacities[0]!.criteria[0]!, weight: "2.5" }] },
      ],
    };
    expect(toBlocks([edited])).toEqual([
      {
        code: "B1",
        title: "Bloc",
        rncpCode: null,
        capacities: [
          {
            code: "C1",
            title: "Capacité C1",
            conditions: "",
            methods: ["observation"],
            criteria: [{ code: "C1.1", indicator: "Premier résultat attendu", weight: 2.5 }],
          },
        ],
      },
    ]);
  });

  it("gives items keys that differ, so that inputs keep their focus when items move", () => {
    const blocks = toEditableBlocks([buildBlock(), buildBlock({ code: "B2" })]);
    const keys = blocks.flatMap((b) => [
      b.key,
      ...b.capacities.flatMap((c) => [c.key, ...c.criteria.map((k) => k.key)]),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("suggests free codes: capacity codes unique in the whole tree, criteria under their capacity", () => {
    const blocks = toEditableBlocks([
      buildBlock({ code: "B1", capacities: [buildCapacity({ code: "C1" }), buildCapacity({ code: "C3" })] }),
    ]);
    expect(newBlock(blocks, { block: "B", capacity: "C" }).code).toBe("B2");
    expect(newCapacity(blocks, { block: "M", capacity: "C" }).code).toBe("C4");
    expect(newCriterion(blocks[0]!.capacities[0]!).code).toBe("C1.3");
  });

  it("moves an item up or down, and nowhere past either end", () => {
    expect(moveAt(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveAt(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    const list = ["a", "b"];
    expect(moveAt(list, 0, -1)).toBe(list);
    expect(removeAt(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });
});
