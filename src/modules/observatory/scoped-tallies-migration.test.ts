import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../db/migrate.ts";
import type { Database } from "../../db/schema.ts";
import { signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { seedVolume } from "../demo/seed-volume.ts";
import { insertDeclarationFile } from "./cdc-repository.ts";
import { addMonths } from "./rules.ts";

/**
 * Migration 0017 on a database that had awards before it: a synthetic history, two thirds of its full awards
 * declared to the Caisse des Dépôts (half of them in time, half late), its day and deadline counts put back in
 * the shape of migration 0016 (national only), then migrated again. The counts it makes per branch × CQPI ×
 * award year are those the awards and declarations kept, and every figure of every scope reads the same.
 */
const MIGRATION = "0017-scoped-award-tallies";
let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  await seedVolume(t.ctx, { volume: 600 });
  // A third of the full awards declared a month after the award, a third six months after, the rest never.
  const full = await t.ctx.db
    .selectFrom("award_facts")
    .where("kind", "=", "full")
    .select(["certificate_id", "awarded_on"])
    .orderBy("certificate_id")
    .execute();
  const byDay = new Map<string, number[]>();
  full.forEach((f, i) => {
    if (i % 3 === 2) return;
    const day = addMonths(f.awarded_on, i % 3 === 0 ? 1 : 6);
    byDay.set(day, [...(byDay.get(day) ?? []), f.certificate_id]);
  });
  for (const [day, ids] of byDay)
    await t.ctx.db.transaction().execute((trx) =>
      insertDeclarationFile(
        trx,
        {
          fluxId: `FLUX-${day}`,
          certificationCode: "RNCP00001",
          period: {},
          sha256: "0".repeat(64),
          createdAt: `${day}T10:00:00.000Z`,
          createdByUserId: null,
        },
        ids,
      ),
    );
  admin = (await signedIn(t.app, t.ctx, { role: "admin" })).headers;
}, 120_000);
afterAll(() => t.close());

/** The rows of the two counts that count something, in key order. */
async function keptCounts(db: Kysely<Database>) {
  const days = await db
    .selectFrom("award_day_tallies")
    .selectAll()
    .where("awards", "<>", 0)
    .orderBy("branch_code")
    .orderBy("qualification_code")
    .orderBy("award_year")
    .orderBy("registration_to_award_days")
    .execute();
  const due = await db
    .selectFrom("award_due_tallies")
    .selectAll()
    .where("undeclared_full", "<>", 0)
    .orderBy("branch_code")
    .orderBy("qualification_code")
    .orderBy("award_year")
    .orderBy("declaration_due_on")
    .execute();
  const national = await db
    .selectFrom("national_award_day_tallies")
    .selectAll()
    .where("awards", "<>", 0)
    .orderBy("registration_to_award_days")
    .execute();
  const number = <T extends object>(rows: T[]) =>
    rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, k.endsWith("code") || k.endsWith("_on") ? v : Number(v)]),
      ),
    );
  return { days: number(days), national: number(national), due: number(due) };
}

/** The figures of the national committee nationally and for each branch. */
async function figuresOfEveryScope() {
  const branches = await t.ctx.db.selectFrom("award_facts").select("branch_code").distinct().execute();
  const scopes = ["", ...branches.map((b) => `?branch=${b.branch_code}`), "?fromYear=2015&toYear=2018"];
  const figures: Record<string, unknown> = {};
  for (const query of scopes) {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/observatory/figures${query}`,
      headers: admin,
    });
    expect(response.statusCode, response.body).toBe(200);
    figures[query] = response.json();
  }
  return figures;
}

/**
 * The day and deadline counts in the shape migration 0016 made them (0017 counts from the award facts
 * alone), and 0016 recorded as the latest migration.
 */
async function putBackAsBefore(db: Kysely<Database>) {
  const schema = db.schema;
  await schema.dropTable("award_day_tallies").execute();
  await schema.dropTable("award_due_tallies").execute();
  await schema.dropTable("national_award_day_tallies").execute();
  await schema
    .createTable("award_day_tallies")
    .addColumn("registration_to_award_days", "integer", (c) => c.primaryKey())
    .addColumn("awards", "integer", (c) => c.notNull())
    .execute();
  await schema
    .createTable("award_due_tallies")
    .addColumn("declaration_due_on", "text", (c) => c.primaryKey())
    .addColumn("undeclared_full", "integer", (c) => c.notNull())
    .execute();
  await sql`DELETE FROM kysely_migration WHERE name = ${MIGRATION}`.execute(db);
}

describe("migration 0017", () => {
  it("makes the counts per scope that the awards and declarations kept, and every figure stays the same", async () => {
    const kept = await keptCounts(t.ctx.db);
    const { rows } = await sql<{ awards: number | string; undeclared: number | string }>`
      SELECT count(*) AS awards,
        sum(case when kind = 'full' and declared_on is null then 1 else 0 end) AS undeclared
      FROM award_facts`.execute(t.ctx.db);
    expect(kept.days.reduce((sum, r) => sum + Number(r.awards), 0)).toBe(Number(rows[0]!.awards));
    expect(kept.national.reduce((sum, r) => sum + Number(r.awards), 0)).toBe(Number(rows[0]!.awards));
    expect(kept.due.reduce((sum, r) => sum + Number(r.undeclared_full), 0)).toBe(Number(rows[0]!.undeclared));
    expect(Number(rows[0]!.awards)).toBeGreaterThanOrEqual(600);
    const before = await figuresOfEveryScope();

    await putBackAsBefore(t.ctx.db);
    await migrateToLatest(t.ctx);

    expect(await keptCounts(t.ctx.db)).toEqual(kept);
    expect(await figuresOfEveryScope()).toEqual(before);
    const declaredShares = Object.values(before).map(
      (f) => (f as { declaredWithinThreeMonthsShare: number | null }).declaredWithinThreeMonthsShare,
    );
    expect(new Set(declaredShares).size, "the scopes differ in their share declared in time").toBeGreaterThan(
      1,
    );
  });
});
