import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { paginate } from "../../server/pagination.ts";
import { searchKey, searchPattern } from "../../server/search-text.ts";
import type { CompanyScope } from "./policy.ts";

/** SQL for companies (employers of candidates). */

type ListFilter = { q?: string | undefined; limit: number; offset: number };

export function findCompany(db: Kysely<Database>, id: number) {
  return db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findCompanyBySiret(db: Kysely<Database>, siret: string) {
  return db.selectFrom("companies").select("id").where("siret", "=", siret).executeTakeFirst();
}

/** The companies a scope lets its caller see, with their branch code: the one filter for lists and reads. */
function companiesInScope(db: Kysely<Database>, scope: CompanyScope) {
  const query = db
    .selectFrom("companies")
    .leftJoin("branches", "branches.id", "companies.branch_id")
    .select(["companies.id", "companies.name", "companies.siret", "branches.code as branch_code"]);
  switch (scope.kind) {
    case "all":
      return query;
    case "branches":
      return scope.branchCodes.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where("branches.code", "in", scope.branchCodes);
    case "company":
      return query.where("companies.id", "=", scope.companyId);
    case "none":
      return query.where(sql<boolean>`1 = 0`);
  }
}

export function listCompanyRows(db: Kysely<Database>, scope: CompanyScope, filter: ListFilter) {
  let query = companiesInScope(db, scope);
  if (filter.q) {
    query = query.where("companies.search_text", "like", searchPattern(filter.q));
  }
  return paginate(query, filter, (q) => q.orderBy("companies.name").orderBy("companies.id"));
}

export function findCompanyRow(db: Kysely<Database>, scope: CompanyScope, id: number) {
  return companiesInScope(db, scope).where("companies.id", "=", id).executeTakeFirst();
}

export function insertCompany(
  db: Kysely<Database>,
  company: { name: string; siret: string | null; branch_id: number | null; created_at: string },
) {
  return db
    .insertInto("companies")
    .values({ ...company, search_text: searchKey(company.name, company.siret) })
    .returningAll()
    .executeTakeFirstOrThrow();
}
