import type { Correspondence } from "./types.ts";

/** How many recognised correspondences two CQPIs share, by the kinds that count towards a move. */
export interface MatrixCell {
  columnCode: string;
  exact: number;
  partial: number;
  /** exact + partial: what the cell's shade and number say. */
  shared: number;
}

export interface CorrespondenceMatrix {
  codes: string[];
  rows: { code: string; cells: MatrixCell[] }[];
  /** The largest `shared` of any cell (0 when none), the top of the shading scale. */
  max: number;
}

const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * The correspondence map between CQPIs: a symmetric matrix over the given CQPI codes whose cell (A, B)
 * counts the exact and partial correspondences between an item of A and an item of B, whichever way
 * they were recorded. Links to external certifications (no version) and `related` links are left out:
 * only exact and partial ones carry or narrow an acquisition.
 */
export function buildCorrespondenceMatrix(
  codes: readonly string[],
  correspondences: readonly Correspondence[],
): CorrespondenceMatrix {
  const counts = new Map<string, { exact: number; partial: number }>();
  const isMapped = (end: Correspondence["from"]) =>
    end.version !== null && codes.includes(end.qualificationCode);
  for (const c of correspondences) {
    if (c.kind === "related" || !isMapped(c.from) || !isMapped(c.to)) continue;
    const pair = key(c.from.qualificationCode, c.to.qualificationCode);
    const count = counts.get(pair) ?? { exact: 0, partial: 0 };
    count[c.kind] += 1;
    counts.set(pair, count);
  }
  let max = 0;
  const rows = codes.map((code) => ({
    code,
    cells: codes.map((columnCode) => {
      const { exact, partial } = counts.get(key(code, columnCode)) ?? { exact: 0, partial: 0 };
      max = Math.max(max, exact + partial);
      return { columnCode, exact, partial, shared: exact + partial };
    }),
  }));
  return { codes: [...codes], rows, max };
}

/** The shade of a cell, 0 (none) to 4 (the most shared), in equal steps up to the matrix's maximum. */
export function heatLevel(shared: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (shared <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((shared / max) * 4))) as 1 | 2 | 3 | 4;
}

/** The counts each shade stands for on a matrix (the legend): only the shades some count reaches. */
export function heatLevelRanges(max: number): { level: 0 | 1 | 2 | 3 | 4; from: number; to: number }[] {
  const ranges: { level: 0 | 1 | 2 | 3 | 4; from: number; to: number }[] = [{ level: 0, from: 0, to: 0 }];
  for (let shared = 1; shared <= max; shared++) {
    const level = heatLevel(shared, max);
    const last = ranges.at(-1)!;
    if (last.level === level) last.to = shared;
    else ranges.push({ level, from: shared, to: shared });
  }
  return ranges;
}

/** The correspondences between two CQPIs, whichever way recorded: what a cell of the map stands for. */
export function correspondencesBetween(
  correspondences: readonly Correspondence[],
  pair: { rowCode: string; columnCode: string },
): Correspondence[] {
  const wanted = key(pair.rowCode, pair.columnCode);
  return correspondences.filter((c) => key(c.from.qualificationCode, c.to.qualificationCode) === wanted);
}
