import type { AppContext } from "../../server/context.ts";
import type { PageQuery } from "../../server/pagination.ts";
import { platform } from "../accounts/caller.ts";
import { listUsers } from "../accounts/list-users.ts";

/**
 * The jury accounts a secretariat may seat in a session (names and addresses only): read as the
 * platform, since a branch officer sees no other account; the route admits admins and officers only.
 */
export async function listJuryAccounts(ctx: AppContext, query: PageQuery) {
  const page = await listUsers(ctx, { caller: platform, query: { ...query, role: "jury_member" } });
  return {
    items: page.items.map((u) => ({ userId: u.id, displayName: u.displayName, email: u.email })),
    total: page.total,
  };
}
