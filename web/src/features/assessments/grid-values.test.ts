import { describe, expect, it } from "vitest";
import { buildAssessmentView } from "../../test/factories.ts";
import {
  conflictReport,
  type GridValues,
  gridChanges,
  gridValuesOf,
  nextGridRequest,
  reapplyChanges,
  scoredCount,
} from "./grid-values.ts";

const both = { scores: true, entries: true };

function withScore(
  values: GridValues,
  key: string,
  score: "acquired" | "partially" | "not_acquired",
  comment = "",
) {
  return { ...values, scores: { ...values.scores, [key]: { score, comment } } };
}

describe("gridValuesOf", () => {
  it("gives every criterion and capacity a cell, filled with what the revision holds", () => {
    const values = gridValuesOf(
      buildAssessmentView({
        scores: [{ capacityCode: "C1", criterionCode: "C1.2", score: "partially", comment: "à revoir" }],
        entries: [{ capacityCode: "C2", text: "Questions posées" }],
      }),
    );
    expect(Object.keys(values.scores)).toEqual(["C1/C1.1", "C1/C1.2", "C2/C2.1", "C2/C2.2"]);
    expect(values.scores["C1/C1.1"]).toEqual({ score: null, comment: "" });
    expect(values.scores["C1/C1.2"]).toEqual({ score: "partially", comment: "à revoir" });
    expect(values.entries).toEqual({ C1: "", C2: "Questions posées" });
  });
});

describe("gridChanges", () => {
  it("lists changed cells and texts, ignoring spaces around them", () => {
    const base = gridValuesOf(buildAssessmentView());
    const edited = { ...withScore(base, "C1/C1.1", "acquired", "ok"), entries: { C1: "  ", C2: "Texte" } };
    expect(gridChanges(base, edited)).toEqual([
      {
        kind: "score",
        key: "C1/C1.1",
        before: { score: null, comment: "" },
        after: { score: "acquired", comment: "ok" },
      },
      { kind: "entry", capacityCode: "C2", before: "", after: "Texte" },
    ]);
  });
});

describe("nextGridRequest", () => {
  const base = gridValuesOf(buildAssessmentView({ revision: 4 }));

  it("sends only the scores that changed, at the revision they were typed on", () => {
    const values = withScore(withScore(base, "C1/C1.1", "acquired", " vu "), "C2/C2.2", "not_acquired");
    expect(nextGridRequest(base, values, 4, both)).toEqual({
      kind: "scores",
      body: {
        revision: 4,
        scores: [
          { capacityCode: "C1", criterionCode: "C1.1", score: "acquired", comment: "vu" },
          { capacityCode: "C2", criterionCode: "C2.2", score: "not_acquired", comment: "" },
        ],
      },
    });
  });

  it("sends the texts once the scores are saved, and nothing when all is saved", () => {
    const values = { ...base, entries: { ...base.entries, C2: "Réponses du candidat " } };
    expect(nextGridRequest(base, values, 5, both)).toEqual({
      kind: "entries",
      body: { revision: 5, entries: [{ capacityCode: "C2", text: "Réponses du candidat" }] },
    });
    expect(nextGridRequest(values, values, 6, both)).toBeNull();
  });

  it("leaves out what the page does not edit, a comment without a score and an emptied text", () => {
    const saved = { ...base, entries: { ...base.entries, C1: "Déjà écrit" } };
    const values = {
      scores: { ...saved.scores, "C1/C1.1": { score: null, comment: "en attente" } },
      entries: { ...saved.entries, C1: "", C2: "Nouveau" },
    };
    expect(nextGridRequest(saved, values, 1, { scores: true, entries: false })).toBeNull();
    expect(nextGridRequest(saved, values, 1, both)).toEqual({
      kind: "entries",
      body: { revision: 1, entries: [{ capacityCode: "C2", text: "Nouveau" }] },
    });
  });
});

describe("reapplyChanges and conflictReport", () => {
  const base = gridValuesOf(buildAssessmentView());
  const theirs = withScore(
    withScore(base, "C1/C1.1", "partially", "vu par le tuteur"),
    "C2/C2.1",
    "acquired",
  );
  const mine = {
    ...withScore(withScore(base, "C1/C1.1", "acquired"), "C1/C1.2", "not_acquired"),
    entries: base.entries,
  };

  it("puts the evaluator's unsaved values back on top of the other save, keeping the rest of it", () => {
    const merged = reapplyChanges(theirs, base, mine);
    expect(merged.scores["C1/C1.1"]).toEqual({ score: "acquired", comment: "" });
    expect(merged.scores["C1/C1.2"]).toEqual({ score: "not_acquired", comment: "" });
    expect(merged.scores["C2/C2.1"]).toEqual({ score: "acquired", comment: "" });
    expect(merged.scores["C2/C2.2"]).toEqual({ score: null, comment: "" });
  });

  it("shows what the other save changed, what was not saved here, and where both differ", () => {
    const report = conflictReport(base, theirs, mine);
    expect(report.theirs.map((change) => (change.kind === "score" ? change.key : ""))).toEqual([
      "C1/C1.1",
      "C2/C2.1",
    ]);
    expect(report.mine).toHaveLength(2);
    expect(report.overlapping).toEqual(["score:C1/C1.1"]);
  });

  it("does not call a change made the same way on both sides a difference", () => {
    const same = withScore(base, "C1/C1.1", "acquired");
    expect(conflictReport(base, same, same).overlapping).toEqual([]);
  });
});

describe("scoredCount", () => {
  it("counts the criteria with a score", () => {
    const values = withScore(gridValuesOf(buildAssessmentView()), "C2/C2.2", "partially");
    expect(scoredCount(values)).toEqual({ scored: 1, total: 4 });
  });
});
