import type { AppContext } from "../../server/context.ts";

/** Days of the demo: each step of a demo pathway runs on its own day. */

/** The context as it was on a given day (never later than today). */
export function on(ctx: AppContext, day: string): AppContext {
  const then = new Date(`${day}T09:00:00.000Z`);
  const now = ctx.clock.now();
  return { ...ctx, clock: { now: () => (then < now ? then : now) } };
}

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
