import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findUserByEmail, findUserById } from "./repository.ts";
import type { Role } from "./roles.ts";

/** An account as other modules may know it: never its password hash. */
export interface Account {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  companyId: number | null;
  createdAt: string;
  lastLoginAt: string | null;
}

type UserRecord = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

const toAccount = (row: UserRecord): Account => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  companyId: row.company_id,
  createdAt: row.created_at,
  lastLoginAt: row.last_login_at,
});

/**
 * An account by id, for other modules' rules (is this user an evaluator? a candidate?) and labels (an
 * evaluator's name). Unscoped: the calling use case has already decided what its caller may see.
 */
export async function findAccount(db: Kysely<Database>, id: number): Promise<Account | undefined> {
  const row = await findUserById(db, id);
  return row && toAccount(row);
}

/** An account by e-mail (demo seeding and commands address accounts by e-mail). */
export async function findAccountByEmail(db: Kysely<Database>, email: string): Promise<Account | undefined> {
  const row = await findUserByEmail(db, email);
  return row && toAccount(row);
}
