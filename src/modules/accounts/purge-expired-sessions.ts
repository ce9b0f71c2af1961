import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import { deleteExpiredSessions } from "./auth-repository.ts";

/** How often a running server removes the sessions that have expired. */
export const SESSION_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Removes the sessions that have expired: those of one user (at their login, a small write no other
 * login contends for), or everyone's (hourly, by the running server). An expired session already lets
 * no one in; its row is only dead weight and the hash of a secret kept longer than needed.
 */
export async function purgeExpiredSessions(
  ctx: Pick<AppContext, "clock">,
  db: Kysely<Database>,
  options: { userId?: number } = {},
): Promise<void> {
  await deleteExpiredSessions(db, ctx.clock.now().toISOString(), options.userId);
}

/** Purges expired sessions every hour until the returned function is called. */
export function schedulePurgeOfExpiredSessions(ctx: AppContext, onError: (error: unknown) => void) {
  const timer = setInterval(() => {
    purgeExpiredSessions(ctx, ctx.db).catch(onError);
  }, SESSION_PURGE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
