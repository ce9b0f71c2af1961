import { describe, expect, it } from "vitest";
import { importProblem } from "../errors.ts";
import { findOrigin, type RawContent, validateImportedContent } from "./content-problems.ts";
import { importProblems } from "./test-referential.ts";

function rawContent(): RawContent {
  return {
    passRule: { kind: "criteria_percentage", minPercent: 80 },
    blocks: [
      {
        code: "B1",
        title: "Produire",
        capacities: [{ code: "C1", title: "Régler", criteria: [{ code: "a", indicator: "A" }] }],
      },
      { code: "B1", title: "", capacities: [] },
    ],
  };
}

/** Locates by the path itself, so that the test sees exactly which path each problem has. */
const byPath = (path: readonly PropertyKey[]) => ({ path: path.join(".") });

describe("validateImportedContent", () => {
  it("returns the parsed content with the schema's defaults", () => {
    const raw = rawContent();
    raw.blocks.pop();
    expect(validateImportedContent(raw, byPath, [])).toEqual({
      passRule: { kind: "criteria_percentage", minPercent: 80 },
      validity: { kind: "lifetime" },
      blocks: [
        {
          code: "B1",
          title: "Produire",
          rncpCode: null,
          capacities: [
            {
              code: "C1",
              title: "Régler",
              conditions: "",
              methods: [],
              criteria: [{ code: "a", indicator: "A", weight: 1 }],
            },
          ],
        },
      ],
    });
  });

  it("reports the problems already found, schema issues and codes repeated among siblings, all at once", async () => {
    const problems = await importProblems(() =>
      validateImportedContent(rawContent(), byPath, [
        importProblem({ path: "file" }, "NOT_XLSX", "was read with a warning"),
      ]),
    );
    expect(problems).toEqual({
      file: "NOT_XLSX",
      "blocks.1.code": "CODE_USED_BY_SIBLING",
      "blocks.1.title": "REQUIRED",
    });
  });
});

describe("findOrigin", () => {
  it("finds the deepest node with a recorded origin and the path left below it", () => {
    const raw = rawContent();
    const origins = new Map<object, string>([
      [raw.blocks[0]!, "bloc row"],
      [raw.blocks[0]!.capacities[0]!, "capacity row"],
    ]);
    expect(findOrigin(raw, ["blocks", 0, "capacities", 0, "criteria", 0, "weight"], origins)).toEqual({
      origin: "capacity row",
      rest: ["criteria", 0, "weight"],
    });
    expect(findOrigin(raw, ["passRule", "minPercent"], origins)).toEqual({
      origin: undefined,
      rest: ["passRule", "minPercent"],
    });
  });
});
