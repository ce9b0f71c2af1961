import { describe, expect, it } from "vitest";
import type { ErrorParams, FieldErrorCode } from "../../../lib/error-messages.ts";
import { buildBlock, buildCapacity } from "../../../test/factories.ts";
import { type EditableBlock, toEditableBlocks } from "./editable-tree.ts";
import { mergeTreeErrors, treeErrorsFromServer, validateCompleteness, validateTree } from "./tree-errors.ts";

/** Two blocs; B2's capacity reuses C1 and its criteria repeat a code. */
function treeWithDuplicates(): EditableBlock[] {
  return toEditableBlocks([
    buildBlock({ code: "B1", capacities: [buildCapacity({ code: "C1" })] }),
    buildBlock({
      code: "B1",
      capacities: [
        buildCapacity({
          code: "C1",
          criteria: [
            { code: "X", indicator: "a", weight: 1 },
            { code: "X", indicator: "b", weight: 1 },
          ],
        }),
      ],
    }),
  ]);
}

describe("validateTree", () => {
  it("finds repeated codes among sibling blocs, all capacities and a capacity's criteria, after the first", () => {
    const blocks = treeWithDuplicates();
    const [, second] = blocks;
    const capacity = second!.capacities[0]!;
    expect(validateTree(blocks, { isComplete: false })).toEqual({
      [`${second!.key}.code`]: [{ key: "problem.duplicateCode", values: { code: "B1" } }],
      [`${capacity.key}.code`]: [{ key: "problem.duplicateCode", values: { code: "C1" } }],
      [`${capacity.criteria[1]!.key}.code`]: [{ key: "problem.duplicateCode", values: { code: "X" } }],
    });
  });

  it("refuses a branch module reusing a code of the CQPI", () => {
    const modules = toEditableBlocks([
      buildBlock({ code: "B1", capacities: [buildCapacity({ code: "C2" })] }),
    ]);
    const errors = validateTree(modules, {
      isComplete: false,
      reserved: { blocks: ["B1"], capacities: ["C2"] },
    });
    expect(errors[`${modules[0]!.key}.code`]).toEqual([
      { key: "problem.reservedBlockCode", values: { code: "B1" } },
    ]);
    expect(errors[`${modules[0]!.capacities[0]!.key}.code`]).toEqual([
      { key: "problem.reservedCapacityCode", values: { code: "C2" } },
    ]);
  });

  it("checks required fields, code formats and weights only once the reader tries to save", () => {
    const blocks = toEditableBlocks([
      buildBlock({
        code: "B 1",
        title: " ",
        capacities: [buildCapacity({ code: "C1", criteria: [{ code: "", indicator: "ok", weight: 0 }] })],
      }),
    ]);
    expect(validateTree(blocks, { isComplete: false })).toEqual({});
    const block = blocks[0]!;
    const criterion = block.capacities[0]!.criteria[0]!;
    expect(validateTree(blocks, { isComplete: true })).toEqual({
      [`${block.key}.code`]: [{ key: "problem.codeFormat" }],
      [`${block.key}.title`]: [{ key: "problem.required" }],
      [`${criterion.key}.code`]: [{ key: "problem.required" }],
      [`${criterion.key}.weight`]: [{ key: "problem.greaterThan", values: { min: 0 } }],
    });
  });

  it("reads a weight being typed as missing until it is a number", () => {
    const blocks = toEditableBlocks([buildBlock()]);
    blocks[0]!.capacities[0]!.criteria[0]!.weight = "";
    const key = blocks[0]!.capacities[0]!.criteria[0]!.key;
    expect(validateTree(blocks, { isComplete: true })[`${key}.weight`]).toEqual([
      { key: "problem.required" },
    ]);
  });
});

describe("validateCompleteness", () => {
  it("asks every bloc for a capacity and every capacity for a criterion and a method", () => {
    const blocks = toEditableBlocks([
      buildBlock({ code: "B1", capacities: [] }),
      buildBlock({
        code: "B2",
        capacities: [
          buildCapacity({ code: "C1", methods: [], criteria: [] }),
          buildCapacity({ code: "C2", methods: [] }),
          buildCapacity({ code: "C3", criteria: [] }),
          buildCapacity({ code: "C4" }),
        ],
      }),
    ]);
    const [b1, b2] = blocks;
    const [c1, c2, c3] = b2!.capacities;
    expect(validateCompleteness(blocks)).toEqual({
      [b1!.key]: [{ key: "problem.blockWithoutCapacity", values: { code: "B1" } }],
      [c1!.key]: [{ key: "problem.capacityNeedsBoth", values: { code: "C1" } }],
      [c2!.key]: [{ key: "problem.capacityNeedsMethod", values: { code: "C2" } }],
      [c3!.key]: [{ key: "problem.capacityNeedsCriterion", values: { code: "C3" } }],
    });
  });
});

describe("treeErrorsFromServer", () => {
  const problem = (code: FieldErrorCode, params?: ErrorParams) => ({ code, params, message: "in English" });
  const blocks = toEditableBlocks([
    buildBlock({ code: "B1", capacities: [buildCapacity({ code: "C1" }), buildCapacity({ code: "C2" })] }),
  ]);
  const block = blocks[0]!;
  const [c1, c2] = block.capacities;

  it("puts each message beside the item its request path points to, translated when known", () => {
    const errors = treeErrorsFromServer(
      {
        "blocks.0.title": problem("REQUIRED"),
        "blocks.0.capacities.1.code": problem("DUPLICATE_CODE", { code: "C2" }),
        "blocks.0.capacities.0.criteria.1.indicator": problem("TOO_LONG", { max: 2000 }),
        "blocks.0.capacities.0.methods": { code: "SOMETHING_NEW", message: "something new" } as never,
        "blocks.0.capacities": problem("TOO_MANY", { max: 50 }),
      },
      blocks,
      "blocks",
    );
    expect(errors).toEqual({
      [`${block.key}.title`]: [{ key: "problem.required" }],
      [`${c2!.key}.code`]: [{ key: "problem.duplicateCode", values: { code: "C2" } }],
      [`${c1!.criteria[1]!.key}.indicator`]: [{ key: "problem.tooLong", values: { max: "2000" } }],
      [`${c1!.key}.methods`]: [{ text: "something new" }],
      [`${block.key}.capacities`]: [{ key: "problem.tooMany", values: { max: "50" } }],
    });
  });

  it("falls back to the nearest item that exists, and keeps paths outside the tree as they are", () => {
    const errors = treeErrorsFromServer(
      {
        "blocks.0.capacities.9.code": problem("REQUIRED"),
        "blocks.0.capacities.0.criteria.7": problem("REQUIRED"),
        blocks: problem("NO_BLOCK"),
        "passRule.minPercent": problem("TOO_SMALL", { min: 1, inclusive: true }),
        "modules.0.code": problem("REQUIRED"),
      },
      blocks,
      "blocks",
    );
    expect(errors).toEqual({
      [block.key]: [{ key: "problem.required" }],
      [c1!.key]: [{ key: "problem.required" }],
      blocks: [{ key: "problem.noBlock" }],
      "passRule.minPercent": [{ key: "problem.atLeast", values: { min: "1" } }],
      "modules.0.code": [{ key: "problem.required" }],
    });
  });
});

describe("mergeTreeErrors", () => {
  it("joins the messages of both checks for one place without repeating one", () => {
    const required = { key: "problem.required" } as const;
    const tooLong = { key: "problem.tooLong", values: { max: 500 } } as const;
    expect(
      mergeTreeErrors({ "item-1.title": [required] }, { "item-1.title": [required, tooLong], x: [required] }),
    ).toEqual({
      "item-1.title": [required, tooLong],
      x: [required],
    });
  });
});
