import { describe, expect, it } from "vitest";
import { buildBlock, buildCapacity, t } from "../../test/factories.ts";
import { toEditableBlocks } from "./editor/editable-tree.ts";
import {
  describeEditorTarget,
  describeServerPath,
  editorTargetId,
  readTreeItemId,
} from "./problem-locations.ts";

const blocks = [
  buildBlock({ code: "B1", capacities: [buildCapacity({ code: "C1" }), buildCapacity({ code: " " })] }),
];

describe("describeServerPath", () => {
  it("names the item a request path points to, and its field, with the item's indices", () => {
    expect(describeServerPath("blocks.0.capacities.0.criteria.1.indicator", blocks, "blocks", t)).toEqual({
      location: "Bloc B1 › Capacité C1 › Critère C1.2 — Résultat attendu observable ou mesurable",
      indices: [0, 0, 1],
    });
    expect(describeServerPath("blocks.0.capacities.1", blocks, "blocks", t)).toEqual({
      location: "Bloc B1 › Capacité n° 2",
      indices: [0, 1],
    });
  });

  it("names the rules, the whole list, and leaves other paths as they are", () => {
    expect(describeServerPath("passRule.blockThresholds.B1", blocks, "blocks", t).location).toBe(
      "Règle d'obtention — Seuil du bloc B1",
    );
    expect(describeServerPath("modules", blocks, "modules", t).location).toBe(
      "Modules complémentaires de la branche",
    );
    expect(describeServerPath("decisionDate", blocks, "blocks", t)).toEqual({
      location: "decisionDate",
      indices: [],
    });
  });
});

describe("describeEditorTarget", () => {
  it("finds an editor message's item by its key, wherever it moved", () => {
    const editable = toEditableBlocks(blocks);
    const criterion = editable[0]!.capacities[0]!.criteria[0]!;
    expect(describeEditorTarget(`${criterion.key}.weight`, editable, t)).toBe(
      "Bloc B1 › Capacité C1 › Critère C1.1 — Poids",
    );
    expect(describeEditorTarget(editable[0]!.key, editable, t)).toBe("Bloc B1");
    expect(describeEditorTarget("validity.years", editable, t)).toBe(
      "Validité des acquis partiels — Nombre d'années",
    );
    expect(describeEditorTarget("blocks", editable, t)).toBe("Blocs de compétences");
  });
});

describe("element ids", () => {
  it("builds the ids problems link to", () => {
    expect(readTreeItemId("version-tree", [0, 2])).toBe("version-tree-0-2");
    expect(editorTargetId("item-7.code")).toBe("item-7-code");
  });
});
