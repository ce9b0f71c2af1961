import type { CorrespondenceEnd, CorrespondenceKind } from "../correspondences/rules.ts";

/**
 * Portability (BRIEF §3.9): what a holder already has for a target CQPI in a target branch, and what
 * remains. Pure and input-driven: callers gather the holder's acquisition, the target referential and
 * the correspondences. Only `exact` correspondences carry an acquisition (through chains of them);
 * `partial` and `related` only say why an item still counts as remaining.
 */

/** The blocs and capacities of a certification version, as portability needs them. */
export interface PortableTree {
  qualificationCode: string;
  version: number;
  blocks: { code: string; capacityCodes: string[] }[];
}

/** What the holder has: a certificate (full, or the blocs of a partial award) of one version. */
export interface HolderAcquisition {
  tree: PortableTree;
  kind: "full" | "partial";
  blockCodes: string[];
  awardedOn: string;
  isRevoked: boolean;
  /** When a partial award's blocs stop counting (the source referential's validity); null for life. */
  validUntil: string | null;
}

export interface PortabilityTarget {
  tree: PortableTree;
  /** The target branch's modules complémentaires: never carried over from another branch. */
  modules: { code: string; capacityCodes: string[] }[];
}

export type Via =
  | { kind: "direct"; qualificationCode: string; version: number; capacityCode: string }
  | { kind: "correspondence"; chain: CorrespondenceEnd[] };

export type RemainingReason =
  | "revoked"
  | "expired"
  | "branch_module"
  | "partial_correspondence"
  | "related_only"
  | "not_acquired";

export interface PortabilityAnswer {
  acquired: { capacityCode: string; via: Via }[];
  remaining: { capacityCode: string; reason: RemainingReason }[];
}

type Link = { from: CorrespondenceEnd; to: CorrespondenceEnd; kind: CorrespondenceKind };

const sameEnd = (a: CorrespondenceEnd, b: CorrespondenceEnd) =>
  a.qualificationCode === b.qualificationCode && a.version === b.version && a.itemCode === b.itemCode;

/** The acquired items of the holder (each capacity, and each bloc whose capacities are all acquired). */
function acquiredItems(holder: HolderAcquisition): CorrespondenceEnd[] {
  const { tree } = holder;
  const blocks =
    holder.kind === "full" ? tree.blocks : tree.blocks.filter((b) => holder.blockCodes.includes(b.code));
  const at = (itemCode: string) => ({
    qualificationCode: tree.qualificationCode,
    version: tree.version,
    itemCode,
  });
  return blocks.flatMap((b) => [at(b.code), ...b.capacityCodes.map(at)]);
}

/** Every item reached from the acquired ones by chains of exact links (from → to), with its chain. */
function reachedByExactLinks(starts: CorrespondenceEnd[], links: readonly Link[]) {
  const reached: { end: CorrespondenceEnd; chain: CorrespondenceEnd[] }[] = [];
  const queue = starts.map((end) => ({ end, chain: [end] }));
  while (queue.length > 0) {
    const { end, chain } = queue.shift()!;
    for (const link of links.filter((l) => l.kind === "exact" && sameEnd(l.from, end))) {
      if (reached.some((r) => sameEnd(r.end, link.to)) || starts.some((s) => sameEnd(s, link.to))) continue;
      const next = { end: link.to, chain: [...chain, link.to] };
      reached.push(next);
      queue.push(next);
    }
  }
  return reached;
}

/**
 * For each capacity of the target (its CQPI's and the branch's modules): acquired directly (the same
 * capacity code of the same CQPI, whatever the version), or through a chain of exact correspondences
 * to the capacity or to its bloc; otherwise remaining, with the reason. A revoked certificate carries
 * nothing; a partial award past its validity carries nothing either.
 */
export function computePortability(
  holder: HolderAcquisition,
  target: PortabilityTarget,
  links: readonly Link[],
  today: string,
): PortabilityAnswer {
  const moduleCapacities = target.modules.flatMap((m) => m.capacityCodes);
  const allCapacities = [...target.tree.blocks.flatMap((b) => b.capacityCodes), ...moduleCapacities];
  const carriesNothing: RemainingReason | null = holder.isRevoked
    ? "revoked"
    : holder.validUntil !== null && holder.validUntil < today
      ? "expired"
      : null;
  if (carriesNothing)
    return {
      acquired: [],
      remaining: allCapacities.map((capacityCode) => ({ capacityCode, reason: carriesNothing })),
    };

  const items = acquiredItems(holder);
  const reached = reachedByExactLinks(items, links);
  const isTargetItem = (end: CorrespondenceEnd, code: string) =>
    end.qualificationCode === target.tree.qualificationCode &&
    end.version === target.tree.version &&
    end.itemCode === code;
  const answer: PortabilityAnswer = { acquired: [], remaining: [] };
  for (const block of target.tree.blocks) {
    for (const capacityCode of block.capacityCodes) {
      const direct =
        target.tree.qualificationCode === holder.tree.qualificationCode
          ? items.find((i) => i.itemCode === capacityCode)
          : undefined;
      if (direct) {
        answer.acquired.push({
          capacityCode,
          via: { kind: "direct", ...direct, version: direct.version!, capacityCode },
        });
        continue;
      }
      const through = reached.find(
        (r) => isTargetItem(r.end, capacityCode) || isTargetItem(r.end, block.code),
      );
      if (through) {
        answer.acquired.push({ capacityCode, via: { kind: "correspondence", chain: through.chain } });
        continue;
      }
      const touching = links.filter(
        (l) =>
          (isTargetItem(l.to, capacityCode) || isTargetItem(l.to, block.code)) &&
          [...items, ...reached.map((r) => r.end)].some((i) => sameEnd(i, l.from)),
      );
      const reason: RemainingReason = touching.some((l) => l.kind === "partial")
        ? "partial_correspondence"
        : touching.length > 0
          ? "related_only"
          : "not_acquired";
      answer.remaining.push({ capacityCode, reason });
    }
  }
  for (const capacityCode of moduleCapacities)
    answer.remaining.push({ capacityCode, reason: "branch_module" });
  return answer;
}

/** When a partial award's blocs stop counting under the referential's validity (null: for life). */
export function validUntil(
  kind: "full" | "partial",
  awardedOn: string,
  validity: { kind: "lifetime" } | { kind: "years"; years: number },
): string | null {
  if (kind === "full" || validity.kind === "lifetime") return null;
  const [year, rest] = [Number(awardedOn.slice(0, 4)), awardedOn.slice(4)];
  return `${year + validity.years}${rest}`;
}
