import { type GridParts, type GridValues, nextGridRequest, reapplyChanges } from "./grid-values.ts";

/**
 * The grid as last typed on this device, kept in the browser's storage until the server has it: a
 * page reload, a closed tab or a dropped connection on the shop floor never loses a filled grid.
 */
export interface LocalDraft {
  assessmentId: number;
  /** The server revision the values were typed on. */
  revision: number;
  /** The values of that revision: what was typed is `values` minus `base`. */
  base: GridValues;
  values: GridValues;
  /** The evaluator asked to save and the server has not confirmed yet: saving resumes on reload. */
  isSavePending: boolean;
}

/** The part of `Storage` used here (`localStorage` in the browser, a map in tests). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const prefix = "cqpi.assessment-draft.";
const keyPrefix = (assessmentId: number) => `${prefix}${assessmentId}.`;

/** Keyed by assessment and revision: `cqpi.assessment-draft.12.3`. */
export const draftKey = (assessmentId: number, revision: number) => `${keyPrefix(assessmentId)}${revision}`;

function draftKeys(storage: DraftStorage, assessmentId: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(keyPrefix(assessmentId))) keys.push(key);
  }
  return keys;
}

/** Removes every draft of the assessment (after a save, or when the evaluator drops their values). */
export function clearDrafts(storage: DraftStorage, assessmentId: number): void {
  for (const key of draftKeys(storage, assessmentId)) storage.removeItem(key);
}

/** Keeps the draft, replacing those of older revisions; false when the browser refuses (storage full, private mode). */
export function writeDraft(storage: DraftStorage, draft: LocalDraft): boolean {
  const key = draftKey(draft.assessmentId, draft.revision);
  try {
    for (const old of draftKeys(storage, draft.assessmentId)) if (old !== key) storage.removeItem(old);
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

const isGridValues = (value: unknown): value is GridValues =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as GridValues).scores === "object" &&
  typeof (value as GridValues).entries === "object";

function parseDraft(text: string | null, assessmentId: number): LocalDraft | null {
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    const isDraft =
      draft.assessmentId === assessmentId &&
      typeof draft.revision === "number" &&
      isGridValues(draft.base) &&
      isGridValues(draft.values);
    return isDraft ? ({ isSavePending: false, ...draft } as LocalDraft) : null;
  } catch {
    return null;
  }
}

/** The newest draft of the assessment kept on this device, if any (a damaged one is ignored). */
export function readDraft(storage: DraftStorage, assessmentId: number): LocalDraft | null {
  let newest: LocalDraft | null = null;
  try {
    for (const key of draftKeys(storage, assessmentId)) {
      const draft = parseDraft(storage.getItem(key), assessmentId);
      if (draft && (!newest || draft.revision > newest.revision)) newest = draft;
    }
  } catch {
    return null;
  }
  return newest;
}

export type RestoreDecision =
  /** Nothing to bring back: no draft, or the server already has everything in it. */
  | { kind: "none" }
  /** Values typed on the revision the server still has: the page continues with them. */
  | { kind: "restore"; draft: LocalDraft }
  /** The server moved on since (someone else saved): show what changed and let the evaluator reapply. */
  | { kind: "conflict"; draft: LocalDraft };

/** What to do, on opening the page, with a draft left on this device. */
export function decideRestore(
  draft: LocalDraft | null,
  server: { revision: number; values: GridValues },
  parts: GridParts,
): RestoreDecision {
  if (!draft) return { kind: "none" };
  if (draft.revision === server.revision) {
    const hasUnsaved = nextGridRequest(server.values, draft.values, server.revision, parts) !== null;
    return hasUnsaved ? { kind: "restore", draft } : { kind: "none" };
  }
  // A save whose answer was lost looks like someone else's save: if the server already holds every
  // value of the draft, there is nothing to reapply.
  const merged = reapplyChanges(server.values, draft.base, draft.values);
  const hasUnsaved = nextGridRequest(server.values, merged, server.revision, parts) !== null;
  return hasUnsaved ? { kind: "conflict", draft } : { kind: "none" };
}
