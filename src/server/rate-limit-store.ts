import { sql } from "kysely";
import type { AppContext } from "./context.ts";

/** Counters older than this are deleted when a new window starts (longer than any limit's window). */
const KEEP_MS = 60 * 60 * 1000;

/**
 * Counts a hit in the current fixed window of `key`, starting a new window when the stored one has
 * ended, in one atomic upsert. Returns the hits so far and the milliseconds left in the window.
 */
export async function countHit(ctx: AppContext, key: string, windowMs: number) {
  const now = ctx.clock.now().getTime();
  const endedBefore = new Date(now - windowMs).toISOString();
  const hasEnded = sql<boolean>`rate_limit_windows.window_started_at <= ${endedBefore}`;
  const row = await ctx.db
    .insertInto("rate_limit_windows")
    .values({ key, window_started_at: new Date(now).toISOString(), hits: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        hits: sql<number>`CASE WHEN ${hasEnded} THEN 1 ELSE rate_limit_windows.hits + 1 END`,
        window_started_at: sql<string>`CASE WHEN ${hasEnded} THEN excluded.window_started_at ELSE rate_limit_windows.window_started_at END`,
      }),
    )
    .returning(["hits", "window_started_at"])
    .executeTakeFirstOrThrow();
  if (row.hits === 1) {
    const staleBefore = new Date(now - KEEP_MS).toISOString();
    await ctx.db.deleteFrom("rate_limit_windows").where("window_started_at", "<", staleBefore).execute();
  }
  return { current: Number(row.hits), ttl: Date.parse(row.window_started_at) + windowMs - now };
}

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so that the limit holds
 * across instances and restarts; each route counts apart.
 */
export function databaseRateLimitStore(ctx: AppContext) {
  return class DatabaseRateLimitStore {
    private readonly route: string;
    /** The plugin passes its options first; a route's child also gets the route's name. */
    constructor(_options?: unknown, route = "") {
      this.route = route;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      countHit(ctx, `${this.route} ${key}`, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: { method?: unknown; url?: string; path?: string }) {
      return new DatabaseRateLimitStore(
        undefined,
        `${String(routeOptions.method ?? "")} ${routeOptions.path ?? routeOptions.url ?? ""}`,
      );
    }
  };
}
