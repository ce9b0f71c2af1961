import { ApiError } from "../../lib/api.ts";

/**
 * Failures worth trying again by themselves: no answer at all (the network dropped), the server busy
 * or failing, a timeout, a rate limit. Refusals (a conflict, a closed assessment, bad input) are not:
 * they wait for the evaluator.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** Waits 2 s, 4 s, 8 s… between attempts, never more than 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, attempt - 1));
}
