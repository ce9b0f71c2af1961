/** Pure rules of the accounts module: email identity, login lockout and session sliding expiry. */

/** Emails identify accounts case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface LoginFailureState {
  failureCount: number;
  firstFailureAt: string;
  lockedUntil: string | null;
}

export interface LockoutPolicy {
  maxFailures: number;
  lockoutMinutes: number;
}

export function isLockedOut(state: LoginFailureState | undefined, now: Date): boolean {
  return !!state?.lockedUntil && new Date(state.lockedUntil) > now;
}

/**
 * The state after one more failed login. Failures count within a window as long as the lockout; once
 * `maxFailures` is reached the email is locked for `lockoutMinutes`, whether or not an account exists.
 */
export function recordFailure(
  state: LoginFailureState | undefined,
  now: Date,
  policy: LockoutPolicy,
): LoginFailureState {
  const windowMs = policy.lockoutMinutes * 60_000;
  const isWindowOver = !state || now.getTime() - new Date(state.firstFailureAt).getTime() > windowMs;
  const failureCount = isWindowOver ? 1 : state.failureCount + 1;
  const firstFailureAt = isWindowOver ? now.toISOString() : state.firstFailureAt;
  const lockedUntil =
    failureCount >= policy.maxFailures ? new Date(now.getTime() + windowMs).toISOString() : null;
  return { failureCount, firstFailureAt, lockedUntil };
}

export function sessionExpiry(now: Date, ttlMinutes: number): string {
  return new Date(now.getTime() + ttlMinutes * 60_000).toISOString();
}

/** A session is extended on use only once half its lifetime is spent, to avoid a write per request. */
export function shouldExtendSession(expiresAt: string, now: Date, ttlMinutes: number): boolean {
  return new Date(expiresAt).getTime() - now.getTime() < (ttlMinutes * 60_000) / 2;
}
