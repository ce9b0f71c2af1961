import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AwardDimension, ObservatoryFilters } from "./schemas.ts";

type Facts = ExpressionBuilder<Database, "award_facts">;

/** Which award facts are counted: the filters, within the branches the caller may count (null: all). */
export function factsWhere(filters: ObservatoryFilters, branches: readonly string[] | null) {
  return (eb: Facts) => {
    const conditions = [];
    if (branches !== null)
      conditions.push(
        branches.length === 0 ? sql<boolean>`1 = 0` : eb("award_facts.branch_code", "in", [...branches]),
      );
    if (filters.branch) conditions.push(eb("award_facts.branch_code", "=", filters.branch));
    if (filters.qualification)
      conditions.push(eb("award_facts.qualification_code", "=", filters.qualification));
    if (filters.fromYear !== undefined) conditions.push(eb("award_facts.award_year", ">=", filters.fromYear));
    if (filters.toYear !== undefined) conditions.push(eb("award_facts.award_year", "<=", filters.toYear));
    return eb.and(conditions);
  };
}

const total = (expression: ReturnType<typeof sql<unknown>>) =>
  sql<string | number | null>`sum(${expression})`;

/** The counts every table shows, as select expressions over award_facts. */
function countsOf() {
  return [
    sql<string | number>`count(*)`.as("awards"),
    total(sql`case when kind = 'full' then 1 else 0 end`).as("full"),
    total(sql`case when kind = 'partial' then 1 else 0 end`).as("partial"),
    total(sql`is_over_45`).as("over45"),
    total(sql`is_first_certification`).as("first_certification"),
    total(sql`case when route = 'direct' then 1 else 0 end`).as("direct"),
  ] as const;
}

const columnOf = { qualification: "qualification_code", branch: "branch_code", year: "award_year" } as const;

/** The awards counted per group of the dimensions asked for, in the order of those dimensions. */
export async function groupAwards(
  db: Kysely<Database>,
  where: ReturnType<typeof factsWhere>,
  groupBy: AwardDimension[],
) {
  const columns = groupBy.map((d) => columnOf[d]);
  let query = db.selectFrom("award_facts").where(where).select(columns).select(countsOf()).groupBy(columns);
  for (const column of columns) query = query.orderBy(column);
  return query.execute();
}

/**
 * National totals: counts, and the full awards (those the Caisse des Dépôts file declares) whose declaration
 * is done or overdue, and those declared in time.
 */
export async function totalAwards(db: Kysely<Database>, where: ReturnType<typeof factsWhere>, today: string) {
  return db
    .selectFrom("award_facts")
    .where(where)
    .select(countsOf())
    .select([
      total(
        sql`case when declared_on is not null and declared_on <= declaration_due_on then 1 else 0 end`,
      ).as("declared_in_time"),
      total(
        sql`case when kind = 'full' and (declared_on is not null or declaration_due_on < ${today}) then 1 else 0 end`,
      ).as("declarable"),
    ])
    .executeTakeFirstOrThrow();
}

/** The registration-to-award days at a rank (0-based) in increasing order: the median is read by rank. */
export async function daysAtRank(db: Kysely<Database>, where: ReturnType<typeof factsWhere>, rank: number) {
  const row = await db
    .selectFrom("award_facts")
    .where(where)
    .select("registration_to_award_days")
    .orderBy("registration_to_award_days")
    .limit(1)
    .offset(rank)
    .executeTakeFirst();
  return row?.registration_to_award_days ?? null;
}

/** Awards per year, and the first award year of each branch and each CQPI. */
export async function timelineFacts(db: Kysely<Database>, where: ReturnType<typeof factsWhere>) {
  const [years, branches, qualifications] = await Promise.all([
    db
      .selectFrom("award_facts")
      .where(where)
      .select(["award_year", sql<string | number>`count(*)`.as("awards")])
      .groupBy("award_year")
      .orderBy("award_year")
      .execute(),
    db
      .selectFrom("award_facts")
      .where(where)
      .select(["branch_code", sql<number>`min(award_year)`.as("first_year")])
      .groupBy("branch_code")
      .execute(),
    db
      .selectFrom("award_facts")
      .where(where)
      .select(["qualification_code", sql<number>`min(award_year)`.as("first_year")])
      .groupBy("qualification_code")
      .execute(),
  ]);
  return { years, branches, qualifications };
}

/** Per capacity of a CQPI: the holders certified on it, and those for whom it was in the training plan. */
export async function capacityCounts(
  db: Kysely<Database>,
  where: ReturnType<typeof factsWhere>,
  qualificationCode: string,
) {
  return db
    .selectFrom("award_capacity_facts as a")
    .where("a.qualification_code", "=", qualificationCode)
    .where("a.certificate_id", "in", db.selectFrom("award_facts").where(where).select("certificate_id"))
    .select([
      "a.capacity_code",
      sql<string | number>`count(*)`.as("awards"),
      total(sql`a.needed_training`).as("needed_training"),
    ])
    .groupBy("a.capacity_code")
    .orderBy("a.capacity_code")
    .execute();
}

/** Each counted certificate with the facts the figures are made of, in award order. */
export function listCertificateFacts(db: Kysely<Database>, where: ReturnType<typeof factsWhere>) {
  return db
    .selectFrom("award_facts")
    .innerJoin("certificates as c", "c.id", "award_facts.certificate_id")
    .where(where)
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
