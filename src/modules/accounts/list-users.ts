import type { AppContext } from "../../server/context.ts";
import type { Caller } from "./caller.ts";
import { userNotFound } from "./errors.ts";
import { seesEveryAccount } from "./policy.ts";
import { branchCodesOfUsers, findUserById, listUsers as listUserRows } from "./repository.ts";
import type { Role } from "./roles.ts";
import { toUserView, type UserView } from "./views.ts";

/** Lists accounts with their scopes, filtered by text and role: every account, for who sees them all. */
export async function listUsers(
  ctx: AppContext,
  {
    caller,
    query,
  }: {
    caller: Caller;
    query: { q?: string | undefined; role?: Role | undefined; limit: number; offset: number };
  },
) {
  if (!seesEveryAccount(caller)) return { items: [], total: 0 };
  const page = await listUserRows(ctx.db, query);
  const branchCodes = await branchCodesOfUsers(
    ctx.db,
    page.items.map((u) => u.id),
  );
  return { items: page.items.map((u) => toUserView(u, branchCodes.get(u.id) ?? [])), total: page.total };
}

/** One account: any, for who sees them all; otherwise only the caller's own (USER_NOT_FOUND for others). */
export async function getUser(
  ctx: AppContext,
  { caller, id }: { caller: Caller; id: number },
): Promise<UserView> {
  const isOwn = caller.kind === "user" && caller.userId === id;
  const row = isOwn || seesEveryAccount(caller) ? await findUserById(ctx.db, id) : undefined;
  if (!row) throw userNotFound();
  return toUserView(row, (await branchCodesOfUsers(ctx.db, [id])).get(id) ?? []);
}
