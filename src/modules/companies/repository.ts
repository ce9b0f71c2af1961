import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { containsPattern, paginate } from "../../server/pagination.ts";

/** SQL for companies (employers of candidates). */

export function findCompany(db: Kysely<Database>, id: number) {
  return db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listCompanies(
  db: Kysely<Database>,
  filter: { q?: string | undefined; limit: number; offset: number },
) {
  let query = db
    .selectFrom("companies")
    .leftJoin("branches", "branches.id", "companies.branch_id")
    .select(["companies.id", "companies.name", "companies.siret", "branches.code as branch_code"]);
  if (filter.q)
    query = query.where(sql`lower(companies.name)`, "like", sql`${containsPattern(filter.q)} escape '\\'`);
  return paginate(query, filter, (q) => q.orderBy("companies.name"));
}

export function insertCompany(
  db: Kysely<Database>,
  company: { name: string; siret: string | null; branch_id: number | null; created_at: string },
) {
  return db.insertInto("companies").values(company).returningAll().executeTakeFirstOrThrow();
}
