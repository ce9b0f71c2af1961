import type { Insertable } from "kysely";
import type {
  AwardCapacityFactTable,
  AwardCapacityTallyTable,
  AwardDayTallyTable,
  AwardDueTallyTable,
  AwardFactTable,
  AwardTallyTable,
  NationalAwardDayTallyTable,
} from "../../db/schema-observatory.ts";

/** What a set of awards adds to each count the figures read (rows to add, one per key). */
export interface AwardTallies {
  awards: AwardTallyTable[];
  capacities: AwardCapacityTallyTable[];
  days: AwardDayTallyTable[];
  nationalDays: NationalAwardDayTallyTable[];
  due: AwardDueTallyTable[];
}

function bump<T>(map: Map<string, T>, key: string, create: () => T, add: (row: T) => void) {
  let row = map.get(key);
  if (!row) {
    row = create();
    map.set(key, row);
  }
  add(row);
}

/**
 * The counts of some awards' facts, by the keys of the tallies: each per branch × CQPI × award year, the
 * days from registration and the deadline of an undeclared full award within those; the days also
 * nationally.
 */
export function tallyAwards(
  awards: readonly { fact: Insertable<AwardFactTable>; capacities: Insertable<AwardCapacityFactTable>[] }[],
): AwardTallies {
  const totals = new Map<string, AwardTallyTable>();
  const capacities = new Map<string, AwardCapacityTallyTable>();
  const days = new Map<string, AwardDayTallyTable>();
  const nationalDays = new Map<string, NationalAwardDayTallyTable>();
  const due = new Map<string, AwardDueTallyTable>();
  for (const { fact: f, capacities: caps } of awards) {
    const declared = f.declared_on ?? null;
    const scope = `${f.branch_code}\u0000${f.qualification_code}\u0000${f.award_year}`;
    const scoped = {
      branch_code: f.branch_code,
      qualification_code: f.qualification_code,
      award_year: f.award_year,
    };
    bump(
      totals,
      scope,
      () => ({
        ...scoped,
        awards: 0,
        full: 0,
        partial: 0,
        over_45: 0,
        first_certification: 0,
        direct: 0,
        declared_full: 0,
        declared_in_time: 0,
      }),
      (t) => {
        t.awards++;
        if (f.kind === "full") t.full++;
        else t.partial++;
        t.over_45 += f.is_over_45;
        t.first_certification += f.is_first_certification;
        if (f.route === "direct") t.direct++;
        if (declared !== null && f.kind === "full") t.declared_full++;
        if (declared !== null && declared <= f.declaration_due_on) t.declared_in_time++;
      },
    );
    for (const c of caps)
      bump(
        capacities,
        `${c.qualification_code}\u0000${c.capacity_code}\u0000${f.branch_code}\u0000${f.award_year}`,
        () => ({
          qualification_code: c.qualification_code,
          capacity_code: c.capacity_code,
          branch_code: f.branch_code,
          award_year: f.award_year,
          awards: 0,
          needed_training: 0,
        }),
        (t) => {
          t.awards++;
          t.needed_training += c.needed_training;
        },
      );
    bump(
      days,
      `${scope}\u0000${f.registration_to_award_days}`,
      () => ({ ...scoped, registration_to_award_days: f.registration_to_award_days, awards: 0 }),
      (t) => {
        t.awards++;
      },
    );
    bump(
      nationalDays,
      String(f.registration_to_award_days),
      () => ({ registration_to_award_days: f.registration_to_award_days, awards: 0 }),
      (t) => {
        t.awards++;
      },
    );
    if (f.kind === "full" && declared === null)
      bump(
        due,
        `${scope}\u0000${f.declaration_due_on}`,
        () => ({ ...scoped, declaration_due_on: f.declaration_due_on, undeclared_full: 0 }),
        (t) => {
          t.undeclared_full++;
        },
      );
  }
  return {
    awards: [...totals.values()],
    capacities: [...capacities.values()],
    days: [...days.values()],
    nationalDays: [...nationalDays.values()],
    due: [...due.values()],
  };
}
