import { type Insertable, type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AwardCapacityFactTable, AwardFactTable } from "../../db/schema-observatory.ts";
import type { AwardTallies } from "./award-tallies.ts";

/**
 * The observatory's SQL. Its facts are gathered once from the certificate, its pathway, candidate,
 * training plans and referential version (read models of those modules), then only its own tables are read.
 */
export async function findAwardCircumstances(db: Kysely<Database>, certificateId: number) {
  const row = await db
    .selectFrom("certificates as c")
    .innerJoin("pathways as p", "p.id", "c.pathway_id")
    .innerJoin("candidates as k", "k.id", "p.candidate_id")
    .where("c.id", "=", certificateId)
    .select([
      "c.id",
      "c.pathway_id",
      "c.branch_code",
      "c.qualification_code",
      "c.kind",
      "c.awarded_on",
      "c.award_year",
      "c.block_codes_json",
      "p.candidate_id",
      "p.registered_on",
      "p.route",
      "p.version_id",
      "k.birth_date",
      "k.has_prior_certification",
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const blockCodes = JSON.parse(row.block_codes_json) as string[];
  const [plans, earlier, capacities] = await Promise.all([
    db
      .selectFrom("training_plans")
      .where("pathway_id", "=", row.pathway_id)
      .select("capacity_codes_json")
      .execute(),
    db
      .selectFrom("award_facts")
      .where("candidate_id", "=", row.candidate_id)
      .select("certificate_id")
      .executeTakeFirst(),
    blockCodes.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("referential_capacities as rc")
          .innerJoin("referential_blocks as rb", "rb.id", "rc.block_id")
          .where("rb.version_id", "=", row.version_id)
          .where("rb.code", "in", blockCodes)
          .select("rc.code")
          .orderBy("rb.position")
          .orderBy("rc.position")
          .execute(),
  ]);
  return {
    row,
    hasTrainingPlan: plans.length > 0,
    trainedCapacities: new Set(plans.flatMap((p) => JSON.parse(p.capacity_codes_json) as string[])),
    hasEarlierCertificate: earlier !== undefined,
    capacityCodes: [...new Set(capacities.map((c) => c.code))],
  };
}

export async function insertAwardFacts(
  db: Kysely<Database>,
  facts: Insertable<AwardFactTable>,
  capacities: Insertable<AwardCapacityFactTable>[],
) {
  await db.insertInto("award_facts").values(facts).execute();
  if (capacities.length > 0) await db.insertInto("award_capacity_facts").values(capacities).execute();
}

export async function listUnfactedCertificateIds(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom("certificates as c")
    .leftJoin("award_facts as f", "f.certificate_id", "c.id")
    .where("f.certificate_id", "is", null)
    .select("c.id")
    .orderBy("c.awarded_on")
    .orderBy("c.id")
    .execute();
  return rows.map((r) => r.id);
}

type TallyTable =
  | "award_tallies"
  | "award_capacity_tallies"
  | "award_day_tallies"
  | "national_award_day_tallies"
  | "award_due_tallies";
type TallyRow = Record<string, string | number>;

/** Every count is kept per branch × CQPI × award year, and some per a further key within those. */
const scopeKeys = ["branch_code", "qualification_code", "award_year"] as const;
const tallyKeys: Record<TallyTable, readonly string[]> = {
  award_tallies: scopeKeys,
  award_capacity_tallies: ["qualification_code", "capacity_code", "branch_code", "award_year"],
  award_day_tallies: [...scopeKeys, "registration_to_award_days"],
  national_award_day_tallies: ["registration_to_award_days"],
  award_due_tallies: [...scopeKeys, "declaration_due_on"],
};

const byKeys = (keys: readonly string[]) => (a: TallyRow, b: TallyRow) => {
  for (const key of keys) if (a[key] !== b[key]) return a[key]! < b[key]! ? -1 : 1;
  return 0;
};

/**
 * Adds rows to a tally: a new key is inserted, an existing one has each count increased (or lowered).
 * Rows are written in the order of the tally's keys, and the tallies always in the same order (awards,
 * capacities, days, national days, deadlines), so that two awards or declarations at once lock the same
 * counts in the same order on PostgreSQL and wait for each other instead of deadlocking.
 */
async function addToTally(db: Kysely<Database>, table: TallyTable, given: readonly TallyRow[]) {
  if (given.length === 0) return;
  const keys = tallyKeys[table];
  const rows = [...given].sort(byKeys(keys));
  const counted = Object.keys(rows[0]!).filter((c) => !keys.includes(c));
  const chunk = Math.floor(4000 / (keys.length + counted.length));
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .onConflict((oc) =>
        oc
          .columns(keys as never)
          .doUpdateSet(
            Object.fromEntries(
              counted.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]),
            ) as never,
          ),
      )
      .execute();
  }
}

export async function addAwardTallies(db: Kysely<Database>, tallies: AwardTallies) {
  const rows = (r: object[]) => r as TallyRow[];
  await addToTally(db, "award_tallies", rows(tallies.awards));
  await addToTally(db, "award_capacity_tallies", rows(tallies.capacities));
  await addToTally(db, "award_day_tallies", rows(tallies.days));
  await addToTally(db, "national_award_day_tallies", rows(tallies.nationalDays));
  await addToTally(db, "award_due_tallies", rows(tallies.due));
}

/**
 * Counts certificates declared (for the first time) on a day: each full award moves from the undeclared
 * ones of its branch × CQPI × year and deadline to the declared ones, in time or not. Reads the facts
 * before they are marked.
 */
export async function countDeclaredInTallies(db: Kysely<Database>, certificateIds: number[], on: string) {
  if (certificateIds.length === 0) return;
  const facts = await db
    .selectFrom("award_facts")
    .where("certificate_id", "in", certificateIds)
    .where("declared_on", "is", null)
    .select(["branch_code", "qualification_code", "award_year", "kind", "declaration_due_on"])
    .execute();
  const totals = new Map<string, TallyRow>();
  const due = new Map<string, TallyRow>();
  for (const f of facts) {
    const scoped = {
      branch_code: f.branch_code,
      qualification_code: f.qualification_code,
      award_year: f.award_year,
    };
    const key = `${f.branch_code}\u0000${f.qualification_code}\u0000${f.award_year}`;
    const row = totals.get(key) ?? { ...scoped, declared_full: 0, declared_in_time: 0 };
    totals.set(key, row);
    if (f.kind === "full") {
      row.declared_full = Number(row.declared_full) + 1;
      const dueKey = `${key}\u0000${f.declaration_due_on}`;
      const undeclared = due.get(dueKey) ?? {
        ...scoped,
        declaration_due_on: f.declaration_due_on,
        undeclared_full: 0,
      };
      undeclared.undeclared_full = Number(undeclared.undeclared_full) - 1;
      due.set(dueKey, undeclared);
    }
    if (on <= f.declaration_due_on) row.declared_in_time = Number(row.declared_in_time) + 1;
  }
  await addToTally(db, "award_tallies", [...totals.values()]);
  await addToTally(db, "award_due_tallies", [...due.values()]);
}
