import { type AppContext, isoNow } from "../../server/context.ts";
import { deleteIssuanceRetry, findIssuanceRetryRow, saveIssuanceRetry } from "./repository.ts";
import { issuanceRetryDelayMinutes } from "./rules.ts";

export const minutesAfter = (ctx: AppContext, minutes: number) =>
  new Date(ctx.clock.now().getTime() + minutes * 60_000).toISOString();

/**
 * After a session's issuance: a failure (`lastError`) schedules the next try with a growing delay, a
 * success forgets the session.
 */
export async function recordIssuanceOutcome(ctx: AppContext, sessionId: number, lastError: string | null) {
  if (lastError === null) {
    await deleteIssuanceRetry(ctx.db, sessionId);
    return;
  }
  const attempts = ((await findIssuanceRetryRow(ctx.db, sessionId))?.attempts ?? 0) + 1;
  await saveIssuanceRetry(ctx.db, {
    sessionId,
    attempts,
    nextAttemptAt: minutesAfter(ctx, issuanceRetryDelayMinutes(attempts)),
    lastError: lastError.slice(0, 1000),
    at: isoNow(ctx),
  });
}
