import { createHash } from "node:crypto";
import { addMonths, declarationDueOn } from "../observatory/rules.ts";
import { addDays, at, volumeCalibration } from "./volume-history.ts";

/**
 * How the certifier of a synthetic history declares its full awards to the Caisse des Dépôts (partial
 * awards are not declared): one accrochage file per certification and month of award, sent in the first
 * weeks of the next month, so every award in it is declared within its three months — except the files
 * of `lateFileShare` of the months, sent three to six months after the month's end, every award in them
 * late. A file that would be sent after the history's last day is not: its awards are still to declare.
 * About 85 % of the full awards are then declared in time.
 */
export const declarationCalibration = {
  lateFileShare: 0.13,
  /** Days after the month's end a file is sent: in time, and late. */
  inTimeLag: { from: 5, to: 40 },
  lateLag: { from: 95, to: 185 },
} as const;

/** An accrochage file of the history: its certification, the month it declares, when it was sent. */
export interface VolumeDeclarationFile {
  fluxId: string;
  certificationCode: string;
  period: { from: string; to: string };
  /** Of the declared certificates' numbers: the history builds no XML (it hands no file out). */
  sha256: string;
  createdAt: string;
  createdByUserId: null;
  certificateIds: number[];
}

interface MonthOfAwards {
  certificationCode: string;
  month: string;
  certificateIds: number[];
  numbers: string[];
  awardedOn: string[];
}

/** What the files declared: full awards in time, late, and still to declare. */
export interface DeclarationCounts {
  files: number;
  inTime: number;
  late: number;
  undeclared: number;
}

/**
 * Gathers the history's full awards by certification and month as they are generated, then gives the
 * files that declared them, in the order they were sent (drawn from `random` after every award, so the
 * awards themselves are the same with or without declarations).
 */
export function declarationPlanner() {
  const months = new Map<string, MonthOfAwards>();
  return {
    add(award: { certificateId: number; number: string; certificationCode: string; awardedOn: string }) {
      const month = award.awardedOn.slice(0, 7);
      const key = `${award.certificationCode}\u0000${month}`;
      let entry = months.get(key);
      if (!entry) {
        entry = {
          certificationCode: award.certificationCode,
          month,
          certificateIds: [],
          numbers: [],
          awardedOn: [],
        };
        months.set(key, entry);
      }
      entry.certificateIds.push(award.certificateId);
      entry.numbers.push(award.number);
      entry.awardedOn.push(award.awardedOn);
    },
    files(random: () => number, takenFluxIds: ReadonlySet<string>) {
      const c = declarationCalibration;
      const between = ({ from, to }: { from: number; to: number }) =>
        from + Math.floor(random() * (to - from + 1));
      const given = new Set<string>();
      const fluxIdOn = (day: string) => {
        for (;;) {
          const serial = [random(), random()]
            .map((r) =>
              Math.floor(r * 0x1000000)
                .toString(16)
                .padStart(6, "0"),
            )
            .join("");
          const fluxId = `CQPI-${day.replaceAll("-", "")}-${serial}`;
          if (!given.has(fluxId) && !takenFluxIds.has(fluxId)) {
            given.add(fluxId);
            return fluxId;
          }
        }
      };
      const files: VolumeDeclarationFile[] = [];
      const counts: DeclarationCounts = { files: 0, inTime: 0, late: 0, undeclared: 0 };
      const ordered = [...months.values()].sort(
        (a, b) => a.month.localeCompare(b.month) || a.certificationCode.localeCompare(b.certificationCode),
      );
      for (const entry of ordered) {
        const from = `${entry.month}-01`;
        const to = addDays(addMonths(from, 1), -1);
        const sentOn = addDays(to, between(random() < c.lateFileShare ? c.lateLag : c.inTimeLag));
        if (sentOn > volumeCalibration.lastDay) {
          counts.undeclared += entry.certificateIds.length;
          continue;
        }
        for (const day of entry.awardedOn) {
          if (sentOn <= declarationDueOn(day)) counts.inTime++;
          else counts.late++;
        }
        counts.files++;
        files.push({
          fluxId: fluxIdOn(sentOn),
          certificationCode: entry.certificationCode,
          period: { from, to },
          sha256: createHash("sha256").update(entry.numbers.join("\n")).digest("hex"),
          createdAt: at(sentOn, "10:00:00"),
          createdByUserId: null,
          certificateIds: entry.certificateIds,
        });
      }
      files.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.fluxId.localeCompare(b.fluxId));
      return { files, counts };
    },
  };
}

/**
 * The certification each CQPI is declared under: its RNCP code, or for a CQPI the catalogue gives none
 * (the demo's), a fictional one of the RNCP98… range, which France compétences has not reached.
 */
export function certificationCodesOf(qualifications: readonly { id: number; rncp_code: string | null }[]) {
  const taken = new Set(qualifications.flatMap((q) => (q.rncp_code ? [q.rncp_code] : [])));
  const codes = new Map<number, string>();
  const given = new Map<number, string>();
  let serial = 1;
  for (const q of qualifications) {
    if (q.rncp_code) {
      codes.set(q.id, q.rncp_code);
      continue;
    }
    let code: string;
    do code = `RNCP98${String(serial++).padStart(3, "0")}`;
    while (taken.has(code));
    codes.set(q.id, code);
    given.set(q.id, code);
  }
  return { codes, given };
}
