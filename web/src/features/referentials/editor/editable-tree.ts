import type { Block, Capacity, Criterion } from "../types.ts";

/**
 * The tree as the editor holds it: each item carries a key that survives reordering and code
 * changes, so that inputs keep their focus and messages stay beside the right item.
 */
export interface EditableCriterion extends Omit<Criterion, "weight"> {
  key: string;
  /** As the number input gives it: a string while being typed ("1." or ""). */
  weight: number | string;
}
export interface EditableCapacity extends Omit<Capacity, "criteria"> {
  key: string;
  criteria: EditableCriterion[];
}
export interface EditableBlock extends Omit<Block, "capacities"> {
  key: string;
  capacities: EditableCapacity[];
}

let lastKey = 0;
const nextKey = () => `item-${++lastKey}`;

export function toEditableBlocks(blocks: Block[]): EditableBlock[] {
  return blocks.map((block) => ({
    ...block,
    key: nextKey(),
    capacities: block.capacities.map((capacity) => ({
      ...capacity,
      key: nextKey(),
      criteria: capacity.criteria.map((criterion) => ({ ...criterion, key: nextKey() })),
    })),
  }));
}

/** The tree as the API takes it: no keys, text trimmed, an empty RNCP code sent as `null`. */
export function toBlocks(blocks: EditableBlock[]): Block[] {
  return blocks.map(({ key: _key, capacities, ...block }) => ({
    code: block.code.trim(),
    title: block.title.trim(),
    rncpCode: block.rncpCode?.trim() ? block.rncpCode.trim() : null,
    capacities: capacities.map(({ key: _capacityKey, criteria, ...capacity }) => ({
      code: capacity.code.trim(),
      title: capacity.title.trim(),
      conditions: capacity.conditions.trim(),
      methods: capacity.methods,
      criteria: criteria.map(({ key: _criterionKey, ...criterion }) => ({
        code: criterion.code.trim(),
        indicator: criterion.indicator.trim(),
        weight: toNumber(criterion.weight),
      })),
    })),
  }));
}

/** A number input's value; `NaN` (sent as `null`, refused as missing) when it is not a number yet. */
export function toNumber(value: number | string): number {
  return typeof value === "number" ? value : Number.parseFloat(value);
}

/** The first of `prefix1`, `prefix2`… not taken yet: new items arrive with a code the reader may keep. */
function freeCode(prefix: string, taken: string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const code = `${prefix}${n}`;
    if (!taken.includes(code)) return code;
  }
}

/** How new items are coded: "B" and "C" for a CQPI, other letters for a branch's modules. */
export interface CodePrefixes {
  block: string;
  capacity: string;
}

export function newBlock(siblings: EditableBlock[], prefixes: CodePrefixes): EditableBlock {
  const code = freeCode(
    prefixes.block,
    siblings.map((block) => block.code),
  );
  return { key: nextKey(), code, title: "", rncpCode: null, capacities: [] };
}

/** Capacity codes are unique in the whole referential, so the suggestion looks at every bloc. */
export function newCapacity(allBlocks: EditableBlock[], prefixes: CodePrefixes): EditableCapacity {
  const taken = allBlocks.flatMap((block) => block.capacities.map((capacity) => capacity.code));
  return {
    key: nextKey(),
    code: freeCode(prefixes.capacity, taken),
    title: "",
    conditions: "",
    methods: [],
    criteria: [],
  };
}

export function newCriterion(capacity: EditableCapacity): EditableCriterion {
  const prefix = capacity.code.trim() ? `${capacity.code.trim()}.` : "";
  return {
    key: nextKey(),
    code: freeCode(
      prefix,
      capacity.criteria.map((criterion) => criterion.code),
    ),
    indicator: "",
    weight: 1,
  };
}

export function replaceAt<Item>(list: Item[], index: number, item: Item): Item[] {
  return list.map((current, i) => (i === index ? item : current));
}

export function removeAt<Item>(list: Item[], index: number): Item[] {
  return list.filter((_, i) => i !== index);
}

/** Moves an item one place up (`-1`) or down (`+1`); a move past either end changes nothing. */
export function moveAt<Item>(list: Item[], index: number, delta: -1 | 1): Item[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
