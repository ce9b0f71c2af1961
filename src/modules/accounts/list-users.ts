import type { AppContext } from "../../server/context.ts";
import { userNotFound } from "./errors.ts";
import { branchCodesOfUsers, findUserById, listUsers as listUserRows } from "./repository.ts";
import type { Role } from "./roles.ts";
import { toUserView, type UserView } from "./views.ts";

/** Lists accounts with their scopes, filtered by text and role. */
export async function listUsers(
  ctx: AppContext,
  query: { q?: string | undefined; role?: Role | undefined; limit: number; offset: number },
) {
  const page = await listUserRows(ctx.db, query);
  const branchCodes = await branchCodesOfUsers(
    ctx.db,
    page.items.map((u) => u.id),
  );
  return { items: page.items.map((u) => toUserView(u, branchCodes.get(u.id) ?? [])), total: page.total };
}

export async function getUser(ctx: AppContext, id: number): Promise<UserView> {
  const row = await findUserById(ctx.db, id);
  if (!row) throw userNotFound();
  return toUserView(row, (await branchCodesOfUsers(ctx.db, [id])).get(id) ?? []);
}
