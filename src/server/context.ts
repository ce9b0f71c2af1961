import type { Config } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";

/** What every use case receives: the database, the settings and the clock (replaceable in tests). */
export interface AppContext extends DatabaseHandle {
  config: Config;
  clock: { now(): Date };
}

export const systemClock = { now: () => new Date() };

export function isoNow(ctx: Pick<AppContext, "clock">): string {
  return ctx.clock.now().toISOString();
}

/** Today's date as the rules compare days: `YYYY-MM-DD`, UTC. */
export function isoToday(ctx: Pick<AppContext, "clock">): string {
  return isoNow(ctx).slice(0, 10);
}
