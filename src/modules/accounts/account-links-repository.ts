import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AccountLinkPurpose } from "./account-link-rules.ts";

/** SQL for the one-time links (only the hash of each link's secret is stored). */

export async function insertAccountLink(
  db: Kysely<Database>,
  link: {
    userId: number;
    purpose: AccountLinkPurpose;
    tokenHash: string;
    createdAt: string;
    expiresAt: string;
  },
) {
  await db
    .insertInto("account_links")
    .values({
      user_id: link.userId,
      purpose: link.purpose,
      token_hash: link.tokenHash,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
      used_at: null,
    })
    .execute();
}

export function findAccountLink(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom("account_links")
    .innerJoin("users", "users.id", "account_links.user_id")
    .select([
      "account_links.id",
      "account_links.user_id",
      "account_links.purpose",
      "account_links.expires_at",
      "account_links.used_at",
      "users.email",
      "users.is_active",
    ])
    .where("account_links.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Whether the user has an unused link of this purpose created after `sinceIso`. */
export async function hasRecentLink(
  db: Kysely<Database>,
  userId: number,
  purpose: AccountLinkPurpose,
  sinceIso: string,
) {
  const row = await db
    .selectFrom("account_links")
    .select("id")
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("created_at", ">", sinceIso)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Uses a link: succeeds for one caller only, while the link is unused and unexpired, so that two
 * requests carrying the same link cannot both set a password.
 */
export async function consumeAccountLink(db: Kysely<Database>, id: number, nowIso: string) {
  const result = await db
    .updateTable("account_links")
    .set({ used_at: nowIso })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", nowIso)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every other unused link of the user (a newer link, or a password just set, replaces them). */
export async function retireLinksOfUser(db: Kysely<Database>, userId: number, nowIso: string) {
  await db
    .updateTable("account_links")
    .set({ used_at: nowIso })
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .execute();
}
