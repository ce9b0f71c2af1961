import type { AppContext } from "../server/context.ts";

/** A database with no user and no branch has never been used: it gets the demo data on first start. */
export async function isDatabaseEmpty(ctx: AppContext): Promise<boolean> {
  const user = await ctx.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  const branch = await ctx.db.selectFrom("branches").select("id").limit(1).executeTakeFirst();
  return !user && !branch;
}
