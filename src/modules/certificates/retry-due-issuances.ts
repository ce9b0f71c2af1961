import { type AppContext, isoNow } from "../../server/context.ts";
import { minutesAfter } from "./certificate-issuance-retries.ts";
import { issueCertificatesOfClosedSession } from "./issue-session-certificates.ts";
import { claimIssuanceRetry, listDueIssuanceRetries } from "./repository.ts";

/** How often a running server looks for sessions whose issuance is due to be tried again. */
export const ISSUANCE_RETRY_SWEEP_MS = 60 * 1000;
/** How long a claimed retry is left to the instance running it before another may take it. */
const LEASE_MINUTES = 10;

/** Tries again the issuance of every session that is due; returns the sessions it ran. */
export async function retryDueIssuances(ctx: AppContext): Promise<number[]> {
  const ran: number[] = [];
  for (const due of await listDueIssuanceRetries(ctx.db, isoNow(ctx))) {
    const sessionId = due.jury_session_id;
    const claim = {
      sessionId,
      seenNextAttemptAt: due.next_attempt_at,
      leaseUntil: minutesAfter(ctx, LEASE_MINUTES),
    };
    if (!(await claimIssuanceRetry(ctx.db, claim))) continue;
    ran.push(sessionId);
    await issueCertificatesOfClosedSession(ctx, sessionId);
  }
  return ran;
}

/** Retries due issuances every minute until the returned function is called. */
export function scheduleIssuanceRetries(ctx: AppContext, onError: (error: unknown) => void) {
  const timer = setInterval(() => {
    retryDueIssuances(ctx).catch(onError);
  }, ISSUANCE_RETRY_SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}
