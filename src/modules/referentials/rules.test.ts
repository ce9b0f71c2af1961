import { describe, expect, it } from "vitest";
import { fieldError } from "../../server/errors.ts";
import { fieldCodes } from "../../test/field-codes.ts";
import { diffReferentials } from "./diff.ts";
import { duplicateCodes, nextStatus, publicationProblems, versionTransitions } from "./rules.ts";
import { type ReferentialContent, referentialContent, versionStatuses } from "./schemas.ts";

const content = (blocks: unknown[], extra: object = {}): ReferentialContent =>
  referentialContent.parse({ blocks, ...extra });
const capacity = (
  code: string,
  criteria = [{ code: `${code}.1`, indicator: "Résultat" }],
  methods = ["observation"],
) => ({
  code,
  title: `Capacité ${code}`,
  methods,
  criteria,
});

describe("version lifecycle", () => {
  it.each([
    { from: "draft", event: "publish", to: "published" },
    { from: "draft", event: "supersede", to: null },
    { from: "published", event: "publish", to: null },
    { from: "published", event: "supersede", to: "superseded" },
    { from: "superseded", event: "publish", to: null },
    { from: "superseded", event: "supersede", to: null },
  ] as const)("$from --$event--> $to", ({ from, event, to }) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it("covers every status", () => {
    expect(Object.keys(versionTransitions).sort()).toEqual([...versionStatuses].sort());
  });
});

describe("publication", () => {
  it("accepts a complete referential", () => {
    expect(
      publicationProblems(content([{ code: "B1", title: "Bloc", capacities: [capacity("C1")] }])),
    ).toEqual({});
  });

  it("says exactly what is missing, item by item", () => {
    const problems = publicationProblems(
      content([
        {
          code: "B1",
          title: "Bloc",
          capacities: [capacity("C1", []), capacity("C2", undefined, []), capacity("C3", [], [])],
        },
        { code: "B2", title: "Vide", capacities: [] },
      ]),
    );
    expect(problems).toEqual({
      "blocks.0.capacities.0": {
        code: "CAPACITY_NEEDS_CRITERION",
        params: { code: "C1" },
        message: "capacity C1 needs a criterion",
      },
      "blocks.0.capacities.1": {
        code: "CAPACITY_NEEDS_METHOD",
        params: { code: "C2" },
        message: "capacity C2 needs an evaluation method",
      },
      "blocks.0.capacities.2": {
        code: "CAPACITY_NEEDS_CRITERION_AND_METHOD",
        params: { code: "C3" },
        message: "capacity C3 needs a criterion and an evaluation method",
      },
      "blocks.1": {
        code: "BLOCK_WITHOUT_CAPACITY",
        params: { code: "B2" },
        message: "bloc B2 has no capacity",
      },
    });
  });

  it("needs at least one bloc, and thresholds only for existing blocs", () => {
    expect(fieldCodes({ fields: publicationProblems(content([])) })).toEqual({ blocks: "NO_BLOCK" });
    const weighted = content([{ code: "B1", title: "Bloc", capacities: [capacity("C1")] }], {
      passRule: {
        kind: "weighted_marks",
        blockThreshold: 50,
        blockThresholds: { B9: 60 },
        overallThreshold: 60,
      },
    });
    expect(publicationProblems(weighted)).toEqual({
      "passRule.blockThresholds.B9": { code: "UNKNOWN_BLOCK", params: { code: "B9" }, message: "no bloc B9" },
    });
  });
});

describe("codes", () => {
  it("must be unique among blocs, among capacities of the referential and among criteria of a capacity", () => {
    const blocks = content([
      {
        code: "B1",
        title: "a",
        capacities: [
          capacity("C1", [
            { code: "x", indicator: "i" },
            { code: "x", indicator: "j" },
          ]),
        ],
      },
      { code: "B1", title: "b", capacities: [capacity("C1")] },
    ]).blocks;
    expect(duplicateCodes(blocks)).toEqual({
      "blocks.1.code": fieldError("DUPLICATE_CODE", "duplicate code B1", { code: "B1" }),
      "blocks.1.capacities.0.code": fieldError("DUPLICATE_CODE", "duplicate code C1", { code: "C1" }),
      "blocks.0.capacities.0.criteria.1.code": fieldError("DUPLICATE_CODE", "duplicate code x", {
        code: "x",
      }),
    });
  });
});

describe("diff between versions", () => {
  const v1 = content([
    { code: "B1", title: "Produire", capacities: [capacity("C1"), capacity("C2")] },
    { code: "B2", title: "Contrôler", capacities: [capacity("C3")] },
  ]);

  it("is empty between identical versions", () => {
    expect(diffReferentials(v1, structuredClone(v1))).toEqual({ added: [], removed: [], changed: [] });
  });

  it("lists added, removed and changed items with their fields", () => {
    const v2 = structuredClone(v1);
    v2.blocks[0]!.capacities[0]!.title = "Approvisionner la ligne";
    v2.blocks[0]!.capacities[0]!.criteria.push({ code: "C1.2", indicator: "Nouveau résultat", weight: 1 });
    v2.blocks[1]!.capacities.push(v2.blocks[0]!.capacities.splice(1, 1)[0]!);
    v2.blocks.push({ code: "B3", title: "Transmettre", rncpCode: null, capacities: [] });
    v2.passRule = { kind: "criteria_percentage", minPercent: 80 };
    const diff = diffReferentials(v1, v2);
    expect(diff.added.map((e) => e.path)).toEqual(["B1 › C1 › C1.2", "B3"]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((e) => [e.path, e.changes!.map((c) => c.field)])).toEqual([
      ["passRule", ["value"]],
      ["B1 › C1", ["title"]],
      ["B2 › C2", ["block"]],
    ]);

    const back = diffReferentials(v2, v1);
    expect(back.removed.map((e) => e.path)).toEqual(["B1 › C1 › C1.2", "B3"]);
  });
});
