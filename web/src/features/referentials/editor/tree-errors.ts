import type { FieldErrors } from "../../../lib/api.ts";
import { type FieldProblem, problemsOfServerField } from "../field-problems.ts";
import { type EditableBlock, toNumber } from "./editable-tree.ts";

/**
 * Messages of the tree editor, keyed by the item they are about (`item-7`) or one of its fields
 * (`item-7.code`), so that they follow the item when it moves; rules use their own path
 * (`passRule.minPercent`).
 */
export type TreeErrors = Record<string, FieldProblem[]>;

const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/;

function add(errors: TreeErrors, target: string, problem: FieldProblem) {
  errors[target] = [...(errors[target] ?? []), problem];
}

function checkText(errors: TreeErrors, target: string, value: string, max: number, isRequired: boolean) {
  const text = value.trim();
  if (isRequired && text === "") add(errors, target, { key: "problem.required" });
  else if (text.length > max) add(errors, target, { key: "problem.tooLong", values: { max } });
}

function checkCode(errors: TreeErrors, target: string, code: string) {
  const text = code.trim();
  if (text === "") add(errors, target, { key: "problem.required" });
  else if (!codePattern.test(text)) add(errors, target, { key: "problem.codeFormat" });
}

/** A number input's value against the server's bounds: `above` excluded, `min` and `max` included. */
export function checkNumber(
  errors: TreeErrors,
  target: string,
  value: number | string,
  bounds: { above?: number; min?: number; max: number; isInteger?: boolean },
) {
  const number = toNumber(value);
  if (Number.isNaN(number)) add(errors, target, { key: "problem.required" });
  else if (bounds.above !== undefined && number <= bounds.above)
    add(errors, target, { key: "problem.greaterThan", values: { min: bounds.above } });
  else if (bounds.min !== undefined && number < bounds.min)
    add(errors, target, { key: "problem.atLeast", values: { min: bounds.min } });
  else if (number > bounds.max) add(errors, target, { key: "problem.atMost", values: { max: bounds.max } });
  else if (bounds.isInteger && !Number.isInteger(number)) add(errors, target, { key: "problem.integer" });
}

/** Repeated codes among `items`: every item after the first with a code gets the message. */
function checkDuplicates(errors: TreeErrors, items: { key: string; code: string }[]) {
  const seen = new Set<string>();
  for (const item of items) {
    const code = item.code.trim();
    if (code === "") continue;
    if (seen.has(code)) add(errors, `${item.key}.code`, { key: "problem.duplicateCode", values: { code } });
    seen.add(code);
  }
}

/** Codes a branch's modules may not reuse: the adopted version's blocs and capacities. */
export interface ReservedCodes {
  blocks: string[];
  capacities: string[];
}

/**
 * The server's checks, run before sending: codes unique among sibling blocs, among all capacities
 * of the tree and among the criteria of a capacity. With `isComplete`, every required field too
 * (the reader sees those once they try to save, not while typing a new item).
 */
export function validateTree(
  blocks: EditableBlock[],
  options: { isComplete: boolean; reserved?: ReservedCodes },
): TreeErrors {
  const errors: TreeErrors = {};
  checkDuplicates(errors, blocks);
  checkDuplicates(
    errors,
    blocks.flatMap((block) => block.capacities),
  );
  for (const block of blocks) {
    for (const capacity of block.capacities) checkDuplicates(errors, capacity.criteria);
    if (options.reserved?.blocks.includes(block.code.trim()))
      add(errors, `${block.key}.code`, {
        key: "problem.reservedBlockCode",
        values: { code: block.code.trim() },
      });
    for (const capacity of block.capacities) {
      if (options.reserved?.capacities.includes(capacity.code.trim()))
        add(errors, `${capacity.key}.code`, {
          key: "problem.reservedCapacityCode",
          values: { code: capacity.code.trim() },
        });
    }
  }
  if (!options.isComplete) return errors;
  for (const block of blocks) {
    checkCode(errors, `${block.key}.code`, block.code);
    checkText(errors, `${block.key}.title`, block.title, 500, true);
    checkText(errors, `${block.key}.rncpCode`, block.rncpCode ?? "", 30, false);
    for (const capacity of block.capacities) {
      checkCode(errors, `${capacity.key}.code`, capacity.code);
      checkText(errors, `${capacity.key}.title`, capacity.title, 500, true);
      checkText(errors, `${capacity.key}.conditions`, capacity.conditions, 2000, false);
      for (const criterion of capacity.criteria) {
        checkCode(errors, `${criterion.key}.code`, criterion.code);
        checkText(errors, `${criterion.key}.indicator`, criterion.indicator, 2000, true);
        checkNumber(errors, `${criterion.key}.weight`, criterion.weight, { above: 0, max: 100 });
      }
    }
  }
  return errors;
}

/**
 * What publication (and a branch's modules) needs: every bloc has a capacity, every capacity a
 * criterion and an evaluation method.
 */
export function validateCompleteness(blocks: EditableBlock[]): TreeErrors {
  const errors: TreeErrors = {};
  for (const block of blocks) {
    const code = block.code.trim();
    if (block.capacities.length === 0)
      add(errors, block.key, { key: "problem.blockWithoutCapacity", values: { code } });
    for (const capacity of block.capacities) {
      const values = { code: capacity.code.trim() };
      const hasCriterion = capacity.criteria.length > 0;
      const hasMethod = capacity.methods.length > 0;
      if (!hasCriterion && !hasMethod)
        add(errors, capacity.key, { key: "problem.capacityNeedsBoth", values });
      else if (!hasCriterion) add(errors, capacity.key, { key: "problem.capacityNeedsCriterion", values });
      else if (!hasMethod) add(errors, capacity.key, { key: "problem.capacityNeedsMethod", values });
    }
  }
  return errors;
}

/**
 * The server's messages keyed by request path (`blocks.0.capacities.2.criteria.1.code`), re-keyed
 * by the item they are about in the tree that was sent. Paths outside the tree keep their key.
 */
export function treeErrorsFromServer(fields: FieldErrors, blocks: EditableBlock[], root: string): TreeErrors {
  const errors: TreeErrors = {};
  for (const [path, problem] of Object.entries(fields)) {
    errors[targetOfPath(path, blocks, root) ?? path] = problemsOfServerField(problem);
  }
  return errors;
}

function targetOfPath(path: string, blocks: EditableBlock[], root: string): string | null {
  const parts = path.split(".");
  if (parts[0] !== root) return null;
  const [, blockIndex, capacitiesWord, capacityIndex, criteriaWord, criterionIndex] = parts;
  const block = blockIndex === undefined ? undefined : blocks[Number(blockIndex)];
  if (!block) return parts.length === 1 ? root : null;
  if (capacitiesWord !== "capacities" || capacityIndex === undefined)
    return capacitiesWord ? `${block.key}.${capacitiesWord}` : block.key;
  const capacity = block.capacities[Number(capacityIndex)];
  if (!capacity) return block.key;
  if (criteriaWord !== "criteria" || criterionIndex === undefined)
    return criteriaWord ? `${capacity.key}.${criteriaWord}` : capacity.key;
  const criterion = capacity.criteria[Number(criterionIndex)];
  if (!criterion) return capacity.key;
  const field = parts[6];
  return field ? `${criterion.key}.${field}` : criterion.key;
}

/** Both sets of messages for one place, without saying the same thing twice. */
export function mergeTreeErrors(...sets: TreeErrors[]): TreeErrors {
  const merged: TreeErrors = {};
  for (const set of sets) {
    for (const [target, problems] of Object.entries(set)) {
      const known = new Set((merged[target] ?? []).map((problem) => JSON.stringify(problem)));
      merged[target] = [
        ...(merged[target] ?? []),
        ...problems.filter((problem) => !known.has(JSON.stringify(problem))),
      ];
    }
  }
  return merged;
}
