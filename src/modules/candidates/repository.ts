import { type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import type { CandidateRow, Database } from "../../db/schema.ts";
import { paginate } from "../../server/pagination.ts";
import { searchKey, searchPattern } from "../../server/search-text.ts";
import { hasVisiblePathway } from "../pathways/visibility.ts";
import type { CandidateRecordScope, CandidateScope } from "./policy.ts";

/** SQL for candidates. Their scope filter is written once, below, and used by every read. */

type CandidateColumns = Omit<CandidateRow, "id" | "search_text">;
type SearchedColumns = Pick<CandidateColumns, "birth_name" | "usage_name" | "first_names_json" | "email">;

/** What a candidate is found by: their names and email (their company's name is searched on the company). */
const candidateSearchText = (c: SearchedColumns) =>
  searchKey(c.birth_name, c.usage_name, ...(JSON.parse(c.first_names_json) as string[]), c.email);
type ListFilter = { q?: string | undefined; limit: number; offset: number };

const nothing = sql<SqlBool>`1 = 0`;

/**
 * The candidates a scope lets its caller see (see policy.ts): those of its records — a branch officer's
 * are those whose company is in their branches or whom their branch registered (a job seeker has no
 * company) — and those with a pathway the caller sees (pathways/visibility.ts).
 */
function scopeFilter(eb: ExpressionBuilder<Database, "candidates">, scope: CandidateScope) {
  const visible = visibleFilter(eb, scope);
  if (!scope.employedIn) return visible;
  // Write scope: of those seen, only the employees of a company of these branches, or of none.
  if (scope.employedIn.length === 0) return nothing;
  return eb.and([
    visible,
    eb.or([
      eb("candidates.company_id", "is", null),
      eb("candidates.company_id", "in", companiesOfBranches(eb, scope.employedIn)),
    ]),
  ]);
}

function visibleFilter(eb: ExpressionBuilder<Database, "candidates">, scope: CandidateScope) {
  const records = recordFilter(eb, scope.records);
  if (scope.records.kind === "all" || scope.pathwaysOf === null) return records;
  const withVisiblePathway = hasVisiblePathway(scope.pathwaysOf)(eb);
  return scope.records.kind === "none" ? withVisiblePathway : eb.or([records, withVisiblePathway]);
}

function recordFilter(eb: ExpressionBuilder<Database, "candidates">, scope: CandidateRecordScope) {
  switch (scope.kind) {
    case "all":
      return sql<SqlBool>`1 = 1`;
    case "none":
      return nothing;
    case "company":
      return eb("candidates.company_id", "=", scope.companyId);
    case "self":
      return eb("candidates.user_id", "=", scope.userId);
    case "branches": {
      if (scope.branchCodes.length === 0) return nothing;
      return eb.or([
        eb("candidates.company_id", "in", companiesOfBranches(eb, scope.branchCodes)),
        eb(
          "candidates.registering_branch_id",
          "in",
          eb
            .selectFrom("branches as registering_branch")
            .select("registering_branch.id")
            .where("registering_branch.code", "in", scope.branchCodes),
        ),
      ]);
    }
  }
}

function companiesOfBranches(eb: ExpressionBuilder<Database, "candidates">, branchCodes: string[]) {
  return eb
    .selectFrom("companies as scope_company")
    .innerJoin("branches as company_branch", "company_branch.id", "scope_company.branch_id")
    .select("scope_company.id")
    .where("company_branch.code", "in", branchCodes);
}

function candidatesInScope(db: Kysely<Database>, scope: CandidateScope) {
  return db
    .selectFrom("candidates")
    .where((eb) => scopeFilter(eb, scope))
    .leftJoin("companies", "companies.id", "candidates.company_id")
    .selectAll("candidates")
    .select("companies.name as company_name");
}

export function listCandidateRows(db: Kysely<Database>, scope: CandidateScope, filter: ListFilter) {
  let query = candidatesInScope(db, scope);
  if (filter.q) {
    const pattern = searchPattern(filter.q);
    query = query.where((eb) =>
      eb.or([eb("candidates.search_text", "like", pattern), eb("companies.search_text", "like", pattern)]),
    );
  }
  return paginate(query, filter, (q) =>
    q.orderBy("candidates.birth_name").orderBy("candidates.first_names_json").orderBy("candidates.id"),
  );
}

export function findCandidateRow(db: Kysely<Database>, scope: CandidateScope, id: number) {
  return candidatesInScope(db, scope).where("candidates.id", "=", id).executeTakeFirst();
}

/** The candidate record of a user account (at most one: `user_id` is unique). */
export function findCandidateOfUser(db: Kysely<Database>, userId: number) {
  return candidatesInScope(db, { records: { kind: "self", userId }, pathwaysOf: null }).executeTakeFirst();
}

export async function insertCandidate(db: Kysely<Database>, candidate: CandidateColumns) {
  const { id } = await db
    .insertInto("candidates")
    .values({ ...candidate, search_text: candidateSearchText(candidate) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateCandidate(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Omit<CandidateColumns, "created_at">> & SearchedColumns & { updated_at: string },
) {
  await db
    .updateTable("candidates")
    .set({ ...changes, search_text: candidateSearchText(changes) })
    .where("id", "=", id)
    .execute();
}
