import { describe, expect, it } from "vitest";
import { buildAssessmentView } from "../../test/factories.ts";
import {
  clearDrafts,
  type DraftStorage,
  decideRestore,
  draftKey,
  type LocalDraft,
  readDraft,
  writeDraft,
} from "./draft-store.ts";
import { type GridValues, gridValuesOf } from "./grid-values.ts";

/** `localStorage`'s behaviour over a map. */
function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const base = gridValuesOf(buildAssessmentView());
const scored: GridValues = {
  ...base,
  scores: { ...base.scores, "C1/C1.1": { score: "acquired", comment: "" } },
};
const draft = (overrides: Partial<LocalDraft> = {}): LocalDraft => ({
  assessmentId: 7,
  revision: 3,
  base,
  values: scored,
  isSavePending: false,
  ...overrides,
});
const both = { scores: true, entries: true };

describe("the draft kept on the device", () => {
  it("is keyed by assessment and revision, and replaces the drafts of older revisions", () => {
    const storage = memoryStorage();
    writeDraft(storage, draft({ revision: 2 }));
    writeDraft(storage, draft({ revision: 3 }));
    writeDraft(storage, draft({ assessmentId: 8, revision: 1 }));
    expect([...storage.map.keys()].sort()).toEqual([draftKey(7, 3), draftKey(8, 1)]);
    expect(draftKey(7, 3)).toBe("cqpi.assessment-draft.7.3");
    expect(readDraft(storage, 7)).toEqual(draft());
  });

  it("reads back nothing damaged, nothing of another assessment, nothing once cleared", () => {
    const storage = memoryStorage({
      [draftKey(7, 5)]: "{not json",
      [draftKey(70, 1)]: JSON.stringify(draft()),
    });
    expect(readDraft(storage, 7)).toBeNull();
    writeDraft(storage, draft());
    clearDrafts(storage, 7);
    expect(readDraft(storage, 7)).toBeNull();
    expect(storage.map.has(draftKey(70, 1))).toBe(true);
  });

  it("reports a refusing browser (storage full) instead of failing", () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(writeDraft(storage, draft())).toBe(false);
  });
});

describe("decideRestore", () => {
  it("restores unsaved values typed on the revision the server still has", () => {
    expect(decideRestore(draft(), { revision: 3, values: base }, both)).toEqual({
      kind: "restore",
      draft: draft(),
    });
  });

  it("has nothing to restore when the server already has the draft's values", () => {
    expect(decideRestore(null, { revision: 3, values: base }, both)).toEqual({ kind: "none" });
    expect(decideRestore(draft(), { revision: 3, values: scored }, both)).toEqual({ kind: "none" });
    // A save that reached the server but whose answer was lost: the next revision holds the values.
    expect(decideRestore(draft(), { revision: 4, values: scored }, both)).toEqual({ kind: "none" });
  });

  it("calls a newer revision that lacks the draft's values a conflict, never overwriting it", () => {
    const theirs: GridValues = {
      ...base,
      scores: { ...base.scores, "C2/C2.1": { score: "partially", comment: "" } },
    };
    expect(decideRestore(draft(), { revision: 4, values: theirs }, both)).toEqual({
      kind: "conflict",
      draft: draft(),
    });
  });
});
