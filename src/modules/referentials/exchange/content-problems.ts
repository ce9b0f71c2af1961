import { fieldErrorOfIssue, valueAt } from "../../../server/field-formats.ts";
import { type ImportLocation, type ImportProblem, importFailed, importProblem, locate } from "../errors.ts";
import { type ReferentialContent, referentialContent } from "../schemas.ts";

/** A node of the tree as read from a file, before validation: any field may be missing or wrong. */
export interface RawNode {
  code: unknown;
  [field: string]: unknown;
}
export interface RawCapacity extends RawNode {
  criteria: RawNode[];
}
export interface RawBlock extends RawNode {
  capacities: RawCapacity[];
}
export interface RawContent {
  passRule?: unknown;
  validity?: unknown;
  blocks: RawBlock[];
}

/** Where the value at a path of the raw content came from in the file. */
export type Locator = (path: readonly PropertyKey[]) => ImportLocation;

/**
 * The deepest node on `path` that the reader recorded an origin for (a row, an item index), and the rest of
 * the path below it: the formats locate a problem by the node it came from, then by the field.
 */
export function findOrigin<T>(
  raw: RawContent,
  path: readonly PropertyKey[],
  origins: Map<object, T>,
): { origin: T | undefined; rest: PropertyKey[] } {
  let node: unknown = raw;
  let found: { origin: T | undefined; rest: PropertyKey[] } = { origin: undefined, rest: [...path] };
  path.forEach((key, index) => {
    node =
      typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const origin = typeof node === "object" && node !== null ? origins.get(node) : undefined;
    if (origin !== undefined) found = { origin, rest: path.slice(index + 1) };
  });
  return found;
}

/**
 * Validates the content read from a file and returns it parsed, or throws `importFailed` with every problem:
 * those the reader already found, each schema issue, and each code repeated among siblings.
 */
export function validateImportedContent(
  raw: RawContent,
  locateAt: Locator,
  readProblems: ImportProblem[],
): ReferentialContent {
  const problems = [...readProblems, ...findDuplicateCodes(raw, locateAt)];
  const parsed = referentialContent.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const value = valueAt(raw, issue.path);
      problems.push({
        ...locateAt(issue.path),
        ...fieldErrorOfIssue(issue, value === undefined || value === null),
      });
    }
  }
  if (!parsed.success || problems.length > 0) throw importFailed(problems);
  return parsed.data;
}

function findDuplicateCodes(raw: RawContent, locateAt: Locator): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const check = (siblings: RawNode[], parentPath: PropertyKey[]) => {
    const firstIndexByCode = new Map<string, number>();
    siblings.forEach((sibling, index) => {
      if (typeof sibling.code !== "string" || sibling.code.trim() === "") return;
      const code = sibling.code.trim();
      const first = firstIndexByCode.get(code);
      if (first === undefined) firstIndexByCode.set(code, index);
      else {
        const firstPlace = locateAt([...parentPath, first, "code"]);
        problems.push(
          importProblem(
            locateAt([...parentPath, index, "code"]),
            "CODE_USED_BY_SIBLING",
            `code ${code} is already used by a sibling (${locate(firstPlace)})`,
            firstPlace.row !== undefined
              ? { code, firstRow: firstPlace.row }
              : { code, firstPath: firstPlace.path ?? "" },
          ),
        );
      }
    });
  };
  check(raw.blocks, ["blocks"]);
  raw.blocks.forEach((block, b) => {
    check(block.capacities, ["blocks", b, "capacities"]);
    block.capacities.forEach((capacity, c) => {
      check(capacity.criteria, ["blocks", b, "capacities", c, "criteria"]);
    });
  });
  return problems;
}
