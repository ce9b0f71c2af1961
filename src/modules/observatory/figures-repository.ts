import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AwardDimension, ObservatoryFilters } from "./schemas.ts";

/** The tables counted with the dashboard's filters: the facts, and the tallies kept from them. */
type Counted =
  | "award_facts"
  | "award_tallies"
  | "award_capacity_tallies"
  | "award_day_tallies"
  | "award_due_tallies";

/** Which awards are counted: the filters, within the branches the caller may count (null: all). */
export function factsWhere(filters: ObservatoryFilters, branches: readonly string[] | null) {
  return <T extends Counted>(eb: ExpressionBuilder<Database, T>) => {
    const branch = sql.ref<string>("branch_code");
    const year = sql.ref<number>("award_year");
    const conditions = [];
    if (branches !== null)
      conditions.push(branches.length === 0 ? sql<boolean>`1 = 0` : eb(branch, "in", [...branches]));
    if (filters.branch) conditions.push(eb(branch, "=", filters.branch));
    if (filters.qualification)
      conditions.push(eb(sql.ref<string>("qualification_code"), "=", filters.qualification));
    if (filters.fromYear !== undefined) conditions.push(eb(year, ">=", filters.fromYear));
    if (filters.toYear !== undefined) conditions.push(eb(year, "<=", filters.toYear));
    return eb.and(conditions);
  };
}
type Where = ReturnType<typeof factsWhere>;

/** The filters and branches count every award: no branch, CQPI or year left out. */
export const countsEveryAward = (filters: ObservatoryFilters, branches: readonly string[] | null) =>
  branches === null &&
  !filters.branch &&
  !filters.qualification &&
  filters.fromYear === undefined &&
  filters.toYear === undefined;

const total = (column: string) => sql<string | number | null>`sum(${sql.ref(column)})`;

/** The counts every table shows, summed over the tallies. */
function countsOf() {
  return [
    total("awards").as("awards"),
    total("full").as("full"),
    total("partial").as("partial"),
    total("over_45").as("over45"),
    total("first_certification").as("first_certification"),
    total("direct").as("direct"),
  ] as const;
}

const columnOf = { qualification: "qualification_code", branch: "branch_code", year: "award_year" } as const;

/** The awards counted per group of the dimensions asked for, in the order of those dimensions. */
export async function groupAwards(db: Kysely<Database>, where: Where, groupBy: AwardDimension[]) {
  const columns = groupBy.map((d) => columnOf[d]);
  let query = db.selectFrom("award_tallies").where(where).select(columns).select(countsOf()).groupBy(columns);
  for (const column of columns) query = query.orderBy(column);
  return query.execute();
}

/**
 * Totals of the counted awards: counts, and the full awards declared to the Caisse des Dépôts (those its
 * file declares), and the awards declared in time.
 */
export function totalAwards(db: Kysely<Database>, where: Where) {
  return db
    .selectFrom("award_tallies")
    .where(where)
    .select(countsOf())
    .select([total("declared_in_time").as("declared_in_time"), total("declared_full").as("declared_full")])
    .executeTakeFirstOrThrow();
}

/**
 * The counted full awards not declared yet whose three months are not over: every other full award is
 * declared or overdue. Only the last three months' deadlines are read, whatever the history's length.
 */
export async function undeclaredNotYetDue(db: Kysely<Database>, where: Where, today: string) {
  const row = await db
    .selectFrom("award_due_tallies")
    .where(where)
    .where("declaration_due_on", ">=", today)
    .select(total("undeclared_full").as("undeclared_full"))
    .executeTakeFirstOrThrow();
  return Number(row.undeclared_full ?? 0);
}

/** How many of the counted awards came after each number of days from registration, fewest days first. */
export function awardsByDays(db: Kysely<Database>, where: Where) {
  return db
    .selectFrom("award_day_tallies")
    .where(where)
    .where("awards", ">", 0)
    .select(["registration_to_award_days as days", total("awards").as("awards")])
    .groupBy("registration_to_award_days")
    .orderBy("registration_to_award_days")
    .execute();
}

/** The same over every award, from the national count (a few hundred rows, whatever the volume). */
export function nationalAwardsByDays(db: Kysely<Database>) {
  return db
    .selectFrom("national_award_day_tallies")
    .where("awards", ">", 0)
    .select(["registration_to_award_days as days", "awards"])
    .orderBy("registration_to_award_days")
    .execute();
}

/** Awards per year, and the first award year of each branch and each CQPI. */
export async function timelineFacts(db: Kysely<Database>, where: Where) {
  const awarded = db.selectFrom("award_tallies").where(where).where("awards", ">", 0);
  const [years, branches, qualifications] = await Promise.all([
    awarded
      .select(["award_year", total("awards").as("awards")])
      .groupBy("award_year")
      .orderBy("award_year")
      .execute(),
    awarded
      .select(["branch_code", sql<number>`min(award_year)`.as("first_year")])
      .groupBy("branch_code")
      .execute(),
    awarded
      .select(["qualification_code", sql<number>`min(award_year)`.as("first_year")])
      .groupBy("qualification_code")
      .execute(),
  ]);
  return { years, branches, qualifications };
}

/** Per capacity of a CQPI: the holders certified on it, and those for whom it was in the training plan. */
export async function capacityCounts(db: Kysely<Database>, where: Where, qualificationCode: string) {
  return db
    .selectFrom("award_capacity_tallies")
    .where("qualification_code", "=", qualificationCode)
    .where(where)
    .select(["capacity_code", total("awards").as("awards"), total("needed_training").as("needed_training")])
    .groupBy("capacity_code")
    .orderBy("capacity_code")
    .execute();
}

/** Each counted certificate with the facts the figures are made of, in award order. */
export function listCertificateFacts(db: Kysely<Database>, where: Where) {
  const facts = db.selectFrom("award_facts").where(where).selectAll().as("award_facts");
  return db
    .selectFrom(facts)
    .innerJoin("certificates as c", "c.id", "award_facts.certificate_id")
    .select([
      "c.number",
      "award_facts.qualification_code",
      "award_facts.branch_code",
      "award_facts.awarded_on",
      "award_facts.award_year",
      "award_facts.kind",
      "award_facts.age_at_award",
      "award_facts.is_over_45",
      "award_facts.is_first_certification",
      "award_facts.route",
      "award_facts.registered_on",
      "award_facts.registration_to_award_days",
      "award_facts.declaration_due_on",
      "award_facts.declared_on",
    ])
    .orderBy("award_facts.awarded_on")
    .orderBy("award_facts.certificate_id")
    .execute();
}
