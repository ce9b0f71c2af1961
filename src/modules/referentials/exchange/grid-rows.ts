import { codeOfLabel, type SheetHeadings } from "../../../documents/sheet-headings.ts";
import type { FieldErrorCode } from "../../../server/error-codes.ts";
import type { ErrorParams } from "../../../server/errors.ts";
import { type ImportProblem, importProblem } from "../errors.ts";
import { type AssessmentMethod, assessmentMethods, type Block } from "../schemas.ts";
import {
  findOrigin,
  type RawBlock,
  type RawCapacity,
  type RawContent,
  type RawNode,
  validateImportedContent,
} from "./content-problems.ts";
import { methodLabels } from "./french-labels.ts";
import { readHeader } from "./grid-header.ts";
import { gridColumnLabels } from "./grid-labels.ts";

/**
 * The referential as a grid, one row per criterion (CSV and XLSX share it): bloc and capacity fields are
 * repeated on each of their rows; a capacity without criteria, or a bloc without capacities, is one row with
 * the columns below it left empty. On import, rows group by bloc_code, then capacity_code, in order of first
 * appearance; a repeated field left empty on a later row takes the value already seen (as in a sheet with
 * merged cells), a different value is a problem. Headers and methods are written in French for people
 * (`gridColumnLabels`, `methodLabels`) or as codes for programs; both are read back.
 */

export const gridColumns = [
  "bloc_code",
  "bloc_title",
  "bloc_rncp_code",
  "capacity_code",
  "capacity_title",
  "capacity_conditions",
  "capacity_methods",
  "criterion_code",
  "criterion_indicator",
  "criterion_weight",
] as const;
export type GridColumn = (typeof gridColumns)[number];

/** A data row to write; the weight stays a number so that each format writes it its own way. */
export type GridRecord = Record<Exclude<GridColumn, "criterion_weight">, string> & {
  criterion_weight: number | "";
};

/** A row as read from a sheet: its 1-based number there (the header is row 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

type Level = "block" | "capacity" | "criterion";

/** The column each field of each level is read from, to locate schema problems. */
const columnOf: Record<Level, Record<string, GridColumn>> = {
  block: { code: "bloc_code", title: "bloc_title", rncpCode: "bloc_rncp_code", capacities: "capacity_code" },
  capacity: {
    code: "capacity_code",
    title: "capacity_title",
    conditions: "capacity_conditions",
    methods: "capacity_methods",
    criteria: "criterion_code",
  },
  criterion: { code: "criterion_code", indicator: "criterion_indicator", weight: "criterion_weight" },
};

const methodSeparator = "|";
const noCapacity = { capacity_code: "", capacity_title: "", capacity_conditions: "", capacity_methods: "" };
const noCriterion = { criterion_code: "", criterion_indicator: "", criterion_weight: "" as const };

/** The grid records of the blocs, in order (without the header), methods in French or as codes. */
export function blocksToRows(blocks: Block[], headings: SheetHeadings = "labels"): GridRecord[] {
  const methodName = (method: AssessmentMethod) => (headings === "codes" ? method : methodLabels[method]);
  return blocks.flatMap((block): GridRecord[] => {
    const blockCells = {
      bloc_code: block.code,
      bloc_title: block.title,
      bloc_rncp_code: block.rncpCode ?? "",
    };
    if (block.capacities.length === 0) return [{ ...blockCells, ...noCapacity, ...noCriterion }];
    return block.capacities.flatMap((capacity): GridRecord[] => {
      const capacityCells = {
        capacity_code: capacity.code,
        capacity_title: capacity.title,
        capacity_conditions: capacity.conditions,
        capacity_methods: capacity.methods.map(methodName).join(methodSeparator),
      };
      if (capacity.criteria.length === 0) return [{ ...blockCells, ...capacityCells, ...noCriterion }];
      return capacity.criteria.map((criterion) => ({
        ...blockCells,
        ...capacityCells,
        criterion_code: criterion.code,
        criterion_indicator: criterion.indicator,
        criterion_weight: criterion.weight,
      }));
    });
  });
}

/**
 * Rebuilds the blocs from a sheet's rows, the first being the header (columns in any order). Throws
 * `importFailed` with every problem, located by row and column.
 */
export function rowsToBlocks(rows: SheetRow[]): Block[] {
  const [header, ...data] = rows;
  const columns = readHeader(header, gridColumns, gridColumnLabels);
  const problems: ImportProblem[] = [];
  const raw: RawContent = { blocks: [] };
  const origins = new Map<object, { row: number; level: Level }>();
  const blocks = new Map<string, RawBlock>();
  const capacities = new Map<RawBlock, Map<string, RawCapacity>>();

  for (const { row, cells } of data) {
    if (cells.every((text) => text.trim() === "")) continue;
    const cell = (column: GridColumn) => (cells[columns.indexOf[column]] ?? "").trim();
    const problem = (
      column: GridColumn | undefined,
      code: FieldErrorCode,
      message: string,
      params?: ErrorParams,
    ) => problems.push(importProblem({ row, ...(column && { column }) }, code, message, params));
    const agree = (node: RawNode, field: string, column: GridColumn, value: unknown) => {
      const seen = node[field];
      if (cell(column) !== "" && JSON.stringify(seen) !== JSON.stringify(value)) {
        const shown = Array.isArray(seen) ? seen.join(methodSeparator) : seen;
        const firstRow = origins.get(node)?.row ?? 0;
        problem(column, "DIFFERS_FROM_ROW", `differs from row ${firstRow} (${JSON.stringify(shown)})`, {
          firstRow,
          value: String(shown ?? ""),
        });
      }
    };
    const add = <T extends RawNode>(node: T, level: Level, siblings: T[]) => {
      origins.set(node, { row, level });
      siblings.push(node);
      return node;
    };
    if (cells.slice(columns.width).some((extra) => extra.trim() !== "")) {
      problem(undefined, "BEYOND_LAST_COLUMN", "has values beyond the last column of the header");
    }

    const blockCode = cell("bloc_code");
    if (blockCode === "") {
      problem("bloc_code", "REQUIRED", "must not be empty");
      continue;
    }
    const rncpCode = cell("bloc_rncp_code") || null;
    let block = blocks.get(blockCode);
    if (block) {
      agree(block, "title", "bloc_title", cell("bloc_title"));
      agree(block, "rncpCode", "bloc_rncp_code", rncpCode);
    } else {
      block = add(
        { code: blockCode, title: cell("bloc_title"), rncpCode, capacities: [] },
        "block",
        raw.blocks,
      );
      blocks.set(blockCode, block);
      capacities.set(block, new Map());
    }

    const capacityCode = cell("capacity_code");
    if (capacityCode === "") {
      if (gridColumns.slice(gridColumns.indexOf("capacity_title")).some((column) => cell(column) !== "")) {
        problem(
          "capacity_code",
          "CAPACITY_CODE_REQUIRED",
          "must not be empty on a row that describes a capacity or a criterion",
        );
      }
      continue;
    }
    const methods = readMethods(cell("capacity_methods"), (method) =>
      problem(
        "capacity_methods",
        "UNKNOWN_METHOD",
        `unknown method "${method}" (expected ${assessmentMethods.join(", ")}, separated by |)`,
        { method, options: assessmentMethods },
      ),
    );
    const siblings = capacities.get(block)!;
    let capacity = siblings.get(capacityCode);
    if (capacity) {
      agree(capacity, "title", "capacity_title", cell("capacity_title"));
      agree(capacity, "conditions", "capacity_conditions", cell("capacity_conditions"));
      agree(capacity, "methods", "capacity_methods", methods);
    } else {
      const fields = { title: cell("capacity_title"), conditions: cell("capacity_conditions"), methods };
      capacity = add({ code: capacityCode, ...fields, criteria: [] }, "capacity", block.capacities);
      siblings.set(capacityCode, capacity);
    }

    const weight = cell("criterion_weight");
    if (cell("criterion_code") === "" && cell("criterion_indicator") === "" && weight === "") continue;
    const criterion = add(
      { code: cell("criterion_code"), indicator: cell("criterion_indicator") },
      "criterion",
      capacity.criteria,
    );
    const weightValue = Number(weight.replace(",", "."));
    if (Number.isNaN(weightValue))
      problem("criterion_weight", "NOT_A_NUMBER", `must be a number, not "${weight}"`, { value: weight });
    else if (weight !== "") criterion.weight = weightValue;
  }

  const locateAt = (path: readonly PropertyKey[]) => {
    const { origin, rest } = findOrigin(raw, path, origins);
    if (!origin) return { column: "bloc_code" };
    return { row: origin.row, column: columnOf[origin.level][String(rest[0])] };
  };
  return validateImportedContent(raw, locateAt, problems).blocks;
}

/**
 * The methods of a cell ("observation|interview", or "observation en situation de travail|entretien");
 * unknown ones are reported and left out.
 */
function readMethods(text: string, reportUnknown: (method: string) => void): AssessmentMethod[] {
  const methods: AssessmentMethod[] = [];
  for (const name of text.split(methodSeparator).map((part) => part.trim())) {
    if (name === "") continue;
    const method = codeOfLabel(methodLabels, name);
    if (method) methods.push(method);
    else reportUnknown(name.toLowerCase());
  }
  return methods;
}
