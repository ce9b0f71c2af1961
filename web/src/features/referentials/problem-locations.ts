import type { MessageKey, Translate } from "../../lib/i18n/index.tsx";
import type { EditableBlock } from "./editor/editable-tree.ts";
import type { Block } from "./types.ts";

const fieldKeys: Record<string, MessageKey> = {
  code: "referential.code",
  title: "referential.titleField",
  rncpCode: "referential.rncpCode",
  conditions: "referential.conditions",
  methods: "referential.methods",
  indicator: "referential.indicator",
  weight: "referential.weight",
  capacities: "referential.capacities",
  criteria: "referential.criteria",
  minPercent: "passRule.minPercent",
  partialCredit: "passRule.partialCredit",
  blockThreshold: "passRule.blockThreshold",
  overallThreshold: "passRule.overallThreshold",
  years: "validity.yearCount",
};

const fieldLabel = (field: string, t: Translate) => {
  const key = fieldKeys[field];
  return key ? t(key) : field;
};

type TreeLike = Pick<Block | EditableBlock, "code"> & {
  capacities: (Pick<Block["capacities"][number], "code"> & { criteria: { code: string }[] })[];
};

/**
 * "Bloc B1 › Capacité C2 › Critère C2.1 — Code" for the item at `indices` in `blocks`, with the
 * field when the message is about one field.
 */
function describeItem(
  blocks: TreeLike[],
  indices: number[],
  field: string | undefined,
  t: Translate,
): string {
  const [b, c, k] = indices;
  const block = b === undefined ? undefined : blocks[b];
  const capacity = c === undefined ? undefined : block?.capacities[c];
  const criterion = k === undefined ? undefined : capacity?.criteria[k];
  const code = (item: { code: string } | undefined, index: number | undefined) =>
    item?.code.trim() || `n° ${(index ?? 0) + 1}`;
  const parts = [
    b !== undefined && t("editor.legend.block", { code: code(block, b) }),
    c !== undefined && t("editor.legend.capacity", { code: code(capacity, c) }),
    k !== undefined && t("editor.legend.criterion", { code: code(criterion, k) }),
  ].filter((part): part is string => typeof part === "string");
  const place = parts.join(" › ");
  return field ? `${place} — ${fieldLabel(field, t)}` : place;
}

/** Rules have no item: "Règle d'obtention — Seuil de chaque bloc". */
function describeRule(path: string, t: Translate): string | null {
  const [root, field, code] = path.split(".");
  if (root !== "passRule" && root !== "validity") return null;
  const rule = t(root === "passRule" ? "referential.passRule" : "referential.validity");
  if (!field) return rule;
  if (field === "blockThresholds" && code) return `${rule} — ${t("passRule.blockThresholdOf", { code })}`;
  return `${rule} — ${fieldLabel(field, t)}`;
}

/**
 * Where a server path (`blocks.0.capacities.1`, `modules.2.code`, `passRule.minPercent`) points,
 * in words, and the item's indices in the tree.
 */
export function describeServerPath(
  path: string,
  blocks: TreeLike[],
  root: string,
  t: Translate,
): { location: string; indices: number[] } {
  const rule = describeRule(path, t);
  if (rule) return { location: rule, indices: [] };
  const parts = path.split(".");
  if (parts[0] !== root) return { location: path, indices: [] };
  if (parts.length === 1)
    return { location: t(root === "modules" ? "adoption.modules" : "referential.blocks"), indices: [] };
  const indices: number[] = [];
  let field: string | undefined;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) indices.push(Number(part));
    else if ((part === "capacities" || part === "criteria") && /^\d+$/.test(parts[i + 1] ?? "")) continue;
    else {
      field = part;
      break;
    }
  }
  return { location: describeItem(blocks, indices, field, t), indices };
}

/** Where an editor message (`item-7.code`, `passRule.minPercent`) points, in words. */
export function describeEditorTarget(target: string, blocks: EditableBlock[], t: Translate): string {
  const rule = describeRule(target, t);
  if (rule) return rule;
  const [key, field] = target.split(".");
  for (const [b, block] of blocks.entries()) {
    if (block.key === key) return describeItem(blocks, [b], field, t);
    for (const [c, capacity] of block.capacities.entries()) {
      if (capacity.key === key) return describeItem(blocks, [b, c], field, t);
      const k = capacity.criteria.findIndex((criterion) => criterion.key === key);
      if (k >= 0) return describeItem(blocks, [b, c, k], field, t);
    }
  }
  return target === "blocks" ? t("referential.blocks") : target;
}

/** The id of an item of the read-only tree, which publication problems link to. */
export const readTreeItemId = (prefix: string, indices: number[]) => [prefix, ...indices].join("-");

/** The element an editor message is shown beside: `item-7.code` → `item-7-code`. */
export const editorTargetId = (target: string) => target.replaceAll(".", "-");
