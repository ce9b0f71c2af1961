/**
 * Correspondences between certifications' items (BRIEF §3.9): a CQPI's bloc or capacity ↔ another CQPI's,
 * or ↔ a branch's own CQP bloc. Only `exact` carries an acquisition; `partial` narrows what remains;
 * `related` informs. Pure: the refusals of a new link, decided on the links that exist.
 */
export const correspondenceKinds = ["exact", "partial", "related"] as const;
export type CorrespondenceKind = (typeof correspondenceKinds)[number];

/** One end: a CQPI's published version's item, or (version null) an external certification's bloc. */
export interface CorrespondenceEnd {
  qualificationCode: string;
  version: number | null;
  itemCode: string;
}

export const endKey = (end: CorrespondenceEnd) =>
  `${end.qualificationCode}/${end.version ?? 0}/${end.itemCode}`;

/** The pair's key, the same whichever end comes first: A–B and B–A are one correspondence. */
export const pairKey = (a: CorrespondenceEnd, b: CorrespondenceEnd) =>
  [endKey(a), endKey(b)].sort().join(" ~ ");

export type CorrespondenceRefusal =
  | "CORRESPONDENCE_SELF_LINK"
  | "CORRESPONDENCE_DUPLICATE"
  | "CORRESPONDENCE_CYCLE";

/**
 * Why a new link is refused, or null. A link between two items of the same certification version is a
 * self-link (a referential does not correspond to itself). A pair recorded already, either way, is a
 * duplicate. `exact` links are directed (from's acquisition carries to `to`): one closing a cycle of
 * exact links would make items equivalent through a loop nobody decided, and is refused.
 */
export function correspondenceRefusal(
  existing: readonly { from: CorrespondenceEnd; to: CorrespondenceEnd; kind: CorrespondenceKind }[],
  link: { from: CorrespondenceEnd; to: CorrespondenceEnd; kind: CorrespondenceKind },
): CorrespondenceRefusal | null {
  const { from, to } = link;
  if (from.qualificationCode === to.qualificationCode && from.version === to.version)
    return "CORRESPONDENCE_SELF_LINK";
  const key = pairKey(from, to);
  if (existing.some((e) => pairKey(e.from, e.to) === key)) return "CORRESPONDENCE_DUPLICATE";
  if (link.kind === "exact" && reaches(existing, endKey(to), endKey(from))) return "CORRESPONDENCE_CYCLE";
  return null;
}

/** Whether `target` is reached from `start` by following exact links from → to. */
function reaches(
  links: readonly { from: CorrespondenceEnd; to: CorrespondenceEnd; kind: CorrespondenceKind }[],
  start: string,
  target: string,
): boolean {
  const next = new Map<string, string[]>();
  for (const l of links.filter((l) => l.kind === "exact"))
    next.set(endKey(l.from), [...(next.get(endKey(l.from)) ?? []), endKey(l.to)]);
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === target) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    queue.push(...(next.get(at) ?? []));
  }
  return false;
}
