import { criterionKey } from "../pathways/bilan.ts";
import type { CriterionScore } from "../pathways/types.ts";
import type { AssessmentView, CapacityEntry, CriterionScoreEntry } from "./types.ts";

/** One criterion of the grid as the evaluator fills it. */
export interface ScoreCell {
  score: CriterionScore | null;
  comment: string;
}

/** What an assessment page edits: a cell per criterion (`C1/C1.2`) and a text per capacity. */
export interface GridValues {
  scores: Record<string, ScoreCell>;
  entries: Record<string, string>;
}

/** Which parts the page edits (and so saves): the scores grid, the texts per capacity, or both. */
export interface GridParts {
  scores: boolean;
  entries: boolean;
}

const emptyCell: ScoreCell = { score: null, comment: "" };

/** The values of a saved revision, with an empty cell for every criterion and capacity not filled yet. */
export function gridValuesOf(view: Pick<AssessmentView, "capacities" | "scores" | "entries">): GridValues {
  const scores: Record<string, ScoreCell> = {};
  const entries: Record<string, string> = {};
  for (const capacity of view.capacities) {
    entries[capacity.code] = "";
    for (const criterion of capacity.criteria)
      scores[criterionKey(capacity.code, criterion.code)] = emptyCell;
  }
  for (const item of view.scores)
    scores[criterionKey(item.capacityCode, item.criterionCode)] = {
      score: item.score,
      comment: item.comment,
    };
  for (const item of view.entries) entries[item.capacityCode] = item.text;
  return { scores, entries };
}

export type GridChange =
  | { kind: "score"; key: string; before: ScoreCell; after: ScoreCell }
  | { kind: "entry"; capacityCode: string; before: string; after: string };

/** A change's identity, the same whoever made it: to tell which changes two people both made. */
export const changeId = (change: GridChange) =>
  change.kind === "score" ? `score:${change.key}` : `entry:${change.capacityCode}`;

const isSameCell = (a: ScoreCell, b: ScoreCell) =>
  a.score === b.score && a.comment.trim() === b.comment.trim();

/** What differs from `before` to `after`, criterion by criterion then capacity by capacity. */
export function gridChanges(before: GridValues, after: GridValues): GridChange[] {
  const changes: GridChange[] = [];
  for (const key of new Set([...Object.keys(before.scores), ...Object.keys(after.scores)])) {
    const was = before.scores[key] ?? emptyCell;
    const is = after.scores[key] ?? emptyCell;
    if (!isSameCell(was, is)) changes.push({ kind: "score", key, before: was, after: is });
  }
  for (const capacityCode of new Set([...Object.keys(before.entries), ...Object.keys(after.entries)])) {
    const was = before.entries[capacityCode] ?? "";
    const is = after.entries[capacityCode] ?? "";
    if (was.trim() !== is.trim()) changes.push({ kind: "entry", capacityCode, before: was, after: is });
  }
  return changes;
}

/** `onto` with every change made from `base` to `mine` put back: reapplying unsaved values on a newer revision. */
export function reapplyChanges(onto: GridValues, base: GridValues, mine: GridValues): GridValues {
  const result: GridValues = { scores: { ...onto.scores }, entries: { ...onto.entries } };
  for (const change of gridChanges(base, mine)) {
    if (change.kind === "score") result.scores[change.key] = change.after;
    else result.entries[change.capacityCode] = change.after;
  }
  return result;
}

export interface ConflictReport {
  /** What the other save changed, from the revision this page started from. */
  theirs: GridChange[];
  /** What this page had not saved yet. */
  mine: GridChange[];
  /** Ids (see `changeId`) of what both changed, to different values: reapplying puts this page's value. */
  overlapping: string[];
}

/** Whether two changes of the same item end on different values. */
function endDifferently(a: GridChange, b: GridChange): boolean {
  if (a.kind === "score" && b.kind === "score") return !isSameCell(a.after, b.after);
  if (a.kind === "entry" && b.kind === "entry") return a.after.trim() !== b.after.trim();
  return true;
}

export function conflictReport(base: GridValues, theirs: GridValues, mine: GridValues): ConflictReport {
  const theirChanges = gridChanges(base, theirs);
  const myChanges = gridChanges(base, mine);
  const mineById = new Map(myChanges.map((change) => [changeId(change), change]));
  const overlapping = theirChanges
    .filter((change) => {
      const myChange = mineById.get(changeId(change));
      return myChange !== undefined && endDifferently(change, myChange);
    })
    .map(changeId);
  return { theirs: theirChanges, mine: myChanges, overlapping };
}

export type GridRequest =
  | { kind: "scores"; body: { revision: number; scores: CriterionScoreEntry[] } }
  | { kind: "entries"; body: { revision: number; entries: CapacityEntry[] } };

/**
 * The next request that brings the server from `base` (saved at `revision`) to `values`, scores
 * first, or null when the server has everything it can take. The API upserts: only what changed is
 * sent (little to carry over a weak connection). A comment waits for its criterion's score, and a
 * text cannot be emptied once saved (the API keeps a capacity's text when it is not sent).
 */
export function nextGridRequest(
  base: GridValues,
  values: GridValues,
  revision: number,
  parts: GridParts,
): GridRequest | null {
  const changes = gridChanges(base, values);
  const scores = changes.flatMap((change) => {
    if (change.kind !== "score" || change.after.score === null) return [];
    const [capacityCode = "", criterionCode = ""] = change.key.split("/");
    return [{ capacityCode, criterionCode, score: change.after.score, comment: change.after.comment.trim() }];
  });
  if (parts.scores && scores.length > 0) return { kind: "scores", body: { revision, scores } };
  const entries = changes.flatMap((change) =>
    change.kind === "entry" && change.after.trim() !== ""
      ? [{ capacityCode: change.capacityCode, text: change.after.trim() }]
      : [],
  );
  if (parts.entries && entries.length > 0) return { kind: "entries", body: { revision, entries } };
  return null;
}

/** How many criteria of the grid have a score: "12 / 20". */
export function scoredCount(values: GridValues): { scored: number; total: number } {
  const cells = Object.values(values.scores);
  return { scored: cells.filter((cell) => cell.score !== null).length, total: cells.length };
}
