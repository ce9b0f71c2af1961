import { canonicalJson } from "../audit/rules.ts";
import type { ReferentialContent } from "./schemas.ts";

export type DiffItemKind = "rule" | "block" | "capacity" | "criterion";

export interface DiffEntry {
  kind: DiffItemKind;
  /** Where the item is, by codes: "B1", "B1 › C2", "B1 › C2 › C2.1". */
  path: string;
  label: string;
  changes?: { field: string; before: unknown; after: unknown }[];
}

export interface ReferentialDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
}

interface FlatItem {
  kind: DiffItemKind;
  key: string;
  path: string;
  label: string;
  fields: Record<string, unknown>;
}

/** Every item of a referential, keyed by its identity: blocs and capacities by code, criteria within their capacity. */
function flatten(content: ReferentialContent): FlatItem[] {
  const items: FlatItem[] = [
    {
      kind: "rule",
      key: "passRule",
      path: "passRule",
      label: "Règle d'obtention",
      fields: { value: canonicalJson(content.passRule) },
    },
    {
      kind: "rule",
      key: "validity",
      path: "validity",
      label: "Validité des acquis",
      fields: { value: canonicalJson(content.validity) },
    },
  ];
  content.blocks.forEach((block, bi) => {
    items.push({
      kind: "block",
      key: `block:${block.code}`,
      path: block.code,
      label: block.title,
      fields: { title: block.title, rncpCode: block.rncpCode, position: bi + 1 },
    });
    block.capacities.forEach((capacity, ci) => {
      const capacityPath = `${block.code} › ${capacity.code}`;
      items.push({
        kind: "capacity",
        key: `capacity:${capacity.code}`,
        path: capacityPath,
        label: capacity.title,
        fields: {
          title: capacity.title,
          conditions: capacity.conditions,
          methods: capacity.methods.join(", "),
          block: block.code,
          position: ci + 1,
        },
      });
      capacity.criteria.forEach((criterion, ki) => {
        items.push({
          kind: "criterion",
          key: `criterion:${capacity.code}/${criterion.code}`,
          path: `${capacityPath} › ${criterion.code}`,
          label: criterion.indicator,
          fields: { indicator: criterion.indicator, weight: criterion.weight, position: ki + 1 },
        });
      });
    });
  });
  return items;
}

/** What changed from one version to another: items added, removed, and changed field by field. */
export function diffReferentials(from: ReferentialContent, to: ReferentialContent): ReferentialDiff {
  const before = new Map(flatten(from).map((item) => [item.key, item]));
  const after = flatten(to);
  const afterKeys = new Set(after.map((item) => item.key));
  const diff: ReferentialDiff = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const old = before.get(item.key);
    if (!old) {
      diff.added.push({ kind: item.kind, path: item.path, label: item.label });
      continue;
    }
    const changes = Object.keys(item.fields)
      .filter((field) => old.fields[field] !== item.fields[field])
      .map((field) => ({ field, before: old.fields[field], after: item.fields[field] }));
    if (changes.length > 0)
      diff.changed.push({ kind: item.kind, path: item.path, label: item.label, changes });
  }
  for (const item of before.values()) {
    if (!afterKeys.has(item.key)) diff.removed.push({ kind: item.kind, path: item.path, label: item.label });
  }
  return diff;
}
