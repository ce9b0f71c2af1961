/**
 * The shape of a synthetic history of awards, calibrated on the 2012 presentation of the CQPI: 3,000
 * awards by July 2009 and 10,000 by September 2012 (from 100,000 awards up; proportionally fewer below),
 * the rest growing until the end of the fifteenth year; one holder in three over 45, two in three for
 * whom it is a first certification, one award in three directly on experience. Which branch awards which
 * CQPI, and from when, comes from the catalogue (adhesion, creation and operation dates): the 12 branches
 * and 7 CQPIs of July 2009, the 14 and 9 of September 2012, follow from it, each awarding at least once.
 */
export const volumeCalibration = {
  firstDay: "2007-01-01",
  lastDay: "2021-12-31",
  anchors: [
    { until: "2009-07-31", awards: 3_000 },
    { until: "2012-09-30", awards: 10_000 },
  ],
  /** From this many awards the anchors are the presentation's own figures; below, scaled down. */
  fullScaleVolume: 100_000,
  over45Share: 1 / 3,
  priorCertificationShare: 1 / 3,
  directShare: 1 / 3,
  partialShare: 0.1,
} as const;

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same history. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** A moment of a day, as the platform stores timestamps. */
export const at = (day: string, time: string) => `${day}T${time}.000Z`;

/** The day `days` after (or before, when negative) a day. */
export const addDays = (day: string, days: number) => dayOf(dayNumber(day) + days);

/** How many awards fall on or before each anchor for a history of `n` awards. */
export function anchorCounts(n: number): number[] {
  const scale = Math.min(1, n / volumeCalibration.fullScaleVolume);
  return volumeCalibration.anchors.map((a) => Math.min(n, Math.round(a.awards * scale)));
}

/**
 * The award days of a history of `n` awards, in order: so many in each period between anchors, more and
 * more often within each period (the CQPIs spread), the last period ending on the fifteenth year's last day.
 */
export function awardDays(n: number, random: () => number): string[] {
  const bounds = [
    volumeCalibration.firstDay,
    ...volumeCalibration.anchors.map((a) => addDays(a.until, 1)),
    addDays(volumeCalibration.lastDay, 1),
  ];
  const cumulative = [...anchorCounts(n), n];
  const days: number[] = [];
  let before = 0;
  cumulative.forEach((upTo, period) => {
    const start = dayNumber(bounds[period]!);
    const span = dayNumber(bounds[period + 1]!) - start;
    const inPeriod: number[] = [];
    for (let i = before; i < upTo; i++) inPeriod.push(start + Math.floor(span * Math.sqrt(random())));
    inPeriod.sort((a, b) => a - b);
    for (const day of inPeriod) days.push(day);
    before = upTo;
  });
  return days.map(dayOf);
}

/** A branch × CQPI that can award from a day on, with its share of the awards. */
export interface AwardingPair {
  branchCode: string;
  qualificationCode: string;
  from: string;
  weight: number;
}

/**
 * Which pair awards each award (by index into `pairs`), for award days in order: drawn by weight among the
 * pairs that can award on that day, after first giving each branch and each CQPI that can award within a
 * period one award of that period, so that every one of them has awarded by the period's end.
 */
export function assignPairs(days: readonly string[], pairs: readonly AwardingPair[], random: () => number) {
  const order = pairs.map((_, i) => i).sort((a, b) => pairs[a]!.from.localeCompare(pairs[b]!.from));
  const assigned = new Int32Array(days.length).fill(-1);
  const periods = [...volumeCalibration.anchors.map((a) => a.until), "9999-12-31"];
  const covered = new Set<string>();
  let first = 0;
  for (const until of periods) {
    let last = first;
    while (last < days.length && days[last]! <= until) last++;
    for (const key of ["branchCode", "qualificationCode"] as const) {
      for (const entity of new Set(order.map((i) => pairs[i]![key]))) {
        if (covered.has(`${key}:${entity}`)) continue;
        const candidates = order.filter((i) => pairs[i]![key] === entity);
        const slot = freeSlotFrom(days, assigned, first, last, pairs[candidates[0]!]!.from, random);
        if (slot === null) continue;
        const eligible = candidates.filter((i) => pairs[i]!.from <= days[slot]!);
        const pair = eligible[Math.floor(random() * eligible.length)]!;
        assigned[slot] = pair;
        covered.add(`branchCode:${pairs[pair]!.branchCode}`);
        covered.add(`qualificationCode:${pairs[pair]!.qualificationCode}`);
      }
    }
    first = last;
  }
  const cumulativeWeights: number[] = [];
  let eligible = 0;
  let sum = 0;
  days.forEach((day, slot) => {
    while (eligible < order.length && pairs[order[eligible]!]!.from <= day) {
      sum += pairs[order[eligible]!]!.weight;
      cumulativeWeights.push(sum);
      eligible++;
    }
    if (assigned[slot] !== -1) return;
    if (eligible === 0) throw new Error(`no branch can award a CQPI on ${day}`);
    const target = random() * sum;
    let low = 0;
    let high = eligible - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulativeWeights[mid]! > target) high = mid;
      else low = mid + 1;
    }
    assigned[slot] = order[low]!;
  });
  return assigned;
}

/** A random slot of [first, last) on or after `from` that no pair holds yet, or null. */
function freeSlotFrom(
  days: readonly string[],
  assigned: Int32Array,
  first: number,
  last: number,
  from: string,
  random: () => number,
): number | null {
  let start = first;
  while (start < last && days[start]! < from) start++;
  if (start >= last) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const slot = start + Math.floor(random() * (last - start));
    if (assigned[slot] === -1) return slot;
  }
  for (let slot = start; slot < last; slot++) if (assigned[slot] === -1) return slot;
  return null;
}
