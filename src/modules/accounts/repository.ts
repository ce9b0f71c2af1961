import type { Kysely } from "kysely";
import type { Database, NewUserRow, UserRow } from "../../db/schema.ts";
import { paginate } from "../../server/pagination.ts";
import { searchKey, searchPattern } from "../../server/search-text.ts";
import type { Role } from "./roles.ts";

/** SQL for user accounts and their scopes. */

export function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: number) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Branch codes scoped to each user, by user id. */
export async function branchCodesOfUsers(
  db: Kysely<Database>,
  userIds: number[],
): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom("user_branches")
    .innerJoin("branches", "branches.id", "user_branches.branch_id")
    .select(["user_branches.user_id", "branches.code"])
    .where("user_branches.user_id", "in", userIds)
    .orderBy("branches.code")
    .execute();
  for (const row of rows) result.get(row.user_id)?.push(row.code);
  return result;
}

export function listUsers(
  db: Kysely<Database>,
  filter: { q?: string | undefined; role?: Role | undefined; limit: number; offset: number },
) {
  let query = db.selectFrom("users").selectAll();
  if (filter.q) {
    query = query.where("search_text", "like", searchPattern(filter.q));
  }
  if (filter.role) query = query.where("role", "=", filter.role);
  return paginate(query, filter, (q) => q.orderBy("email"));
}

export function insertUser(db: Kysely<Database>, user: Omit<NewUserRow, "search_text">) {
  return db
    .insertInto("users")
    .values({ ...user, search_text: searchKey(user.display_name, user.email) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Omit<UserRow, "id" | "search_text">>,
) {
  const row = await db
    .updateTable("users")
    .set(changes)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const searchText = searchKey(row.display_name, row.email);
  if (searchText === row.search_text) return row;
  return db
    .updateTable("users")
    .set({ search_text: searchText })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function replaceUserBranches(db: Kysely<Database>, userId: number, branchIds: number[]) {
  await db.deleteFrom("user_branches").where("user_id", "=", userId).execute();
  if (branchIds.length > 0) {
    await db
      .insertInto("user_branches")
      .values(branchIds.map((branchId) => ({ user_id: userId, branch_id: branchId })))
      .execute();
  }
}

export async function recordLogin(db: Kysely<Database>, userId: number, at: string) {
  await db.updateTable("users").set({ last_login_at: at }).where("id", "=", userId).execute();
}

/** Active accounts of a role whose name or email contains `q` (folded), by name, at most `limit`. */
export function searchActiveAccounts(db: Kysely<Database>, filter: { role: Role; q: string; limit: number }) {
  return db
    .selectFrom("users")
    .select(["id", "display_name", "email"])
    .where("role", "=", filter.role)
    .where("is_active", "=", 1)
    .where("search_text", "like", searchPattern(filter.q))
    .orderBy("display_name")
    .orderBy("id")
    .limit(filter.limit)
    .execute();
}

/** Active accounts of a role, optionally of one company or scoped to one branch (whom to notify). */
export function listActiveAccounts(
  db: Kysely<Database>,
  filter: { role: Role; companyId?: number | undefined; branchCode?: string | undefined },
) {
  let query = db
    .selectFrom("users")
    .select(["users.id", "users.email", "users.display_name"])
    .where("users.role", "=", filter.role)
    .where("users.is_active", "=", 1);
  if (filter.companyId !== undefined) query = query.where("users.company_id", "=", filter.companyId);
  if (filter.branchCode !== undefined) {
    const branchCode = filter.branchCode;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("user_branches")
          .innerJoin("branches", "branches.id", "user_branches.branch_id")
          .select("user_branches.user_id")
          .whereRef("user_branches.user_id", "=", "users.id")
          .where("branches.code", "=", branchCode),
      ),
    );
  }
  return query.orderBy("users.id").execute();
}
