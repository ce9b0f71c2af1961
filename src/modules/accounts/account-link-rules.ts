/** Pure rules of the one-time links that let a person set their password. */

/** An invitation to a new account, or the reset of a forgotten password. */
export const accountLinkPurposes = ["invitation", "password_reset"] as const;
export type AccountLinkPurpose = (typeof accountLinkPurposes)[number];

/** How long a link works: a week to accept an invitation, an hour for a reset. */
export const linkLifetimeMinutes: Record<AccountLinkPurpose, number> = {
  invitation: 7 * 24 * 60,
  password_reset: 60,
};

/**
 * A new reset link is not sent while an earlier one, less than this old, is still unused: asking
 * again and again fills nobody's mailbox (and the answer is the same 202 either way).
 */
export const RESET_RESEND_AFTER_MINUTES = 5;

export function linkExpiry(now: Date, purpose: AccountLinkPurpose): string {
  return new Date(now.getTime() + linkLifetimeMinutes[purpose] * 60_000).toISOString();
}

/** Why a link cannot be used (the holder of the link learns nothing about anybody else). */
export type LinkRefusal = "unknown" | "used" | "expired";

export function linkRefusal(
  link: { used_at: string | null; expires_at: string } | undefined,
  isAccountActive: boolean,
  now: Date,
): LinkRefusal | null {
  if (!link || !isAccountActive) return "unknown";
  if (link.used_at) return "used";
  if (Date.parse(link.expires_at) <= now.getTime()) return "expired";
  return null;
}

/**
 * The web page that sets the password. The secret travels in the fragment (`#token=`), which browsers
 * never send to a server: it stays out of access logs and Referer headers.
 */
export function passwordLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/password/set#token=${token}`;
}
