import { AppError, type ErrorKind, fieldError } from "../../server/errors.ts";
import type { LinkRefusal } from "./account-link-rules.ts";

/** The refusal codes of the accounts module. */
export const accountErrors = {
  INVALID_CREDENTIALS: "unauthenticated",
  LOGIN_TEMPORARILY_LOCKED: "too_many_requests",
  EMAIL_TAKEN: "conflict",
  USER_NOT_FOUND: "not_found",
  API_TOKEN_NOT_FOUND: "not_found",
  CANNOT_DEMOTE_SELF: "conflict",
  /** `{reason}`: unknown, used (or replaced by a newer link) or expired. */
  ACCOUNT_LINK_INVALID: "invalid",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the accounts module: a scope that does not fit the role (`{role}`). */
export const accountFieldCodes = [
  "SCOPE_REQUIRED_FOR_ROLE",
  "SCOPE_NOT_FOR_ROLE",
  "NOT_A_CANDIDATE_ACCOUNT",
  "NOT_AN_EVALUATOR_ACCOUNT",
] as const;

/** Wrong email or password, or an inactive account: deliberately the same answer for each. */
export const invalidCredentials = () =>
  new AppError("unauthenticated", "INVALID_CREDENTIALS", "Invalid email or password");

/** Too many failed logins for this email; refused until the lockout ends, even with the right password. */
export const loginTemporarilyLocked = () =>
  new AppError("too_many_requests", "LOGIN_TEMPORARILY_LOCKED", "Too many failed attempts; try again later");

/** Another account already uses this email. */
export const emailTaken = () =>
  new AppError("conflict", "EMAIL_TAKEN", "email: already used by another account", {
    fields: { email: fieldError("ALREADY_USED", "already used") },
  });

export const userNotFound = () => new AppError("not_found", "USER_NOT_FOUND", "No such user");

export const tokenNotFound = () => new AppError("not_found", "API_TOKEN_NOT_FOUND", "No such API token");

/** An admin may not remove their own admin role or deactivate themselves (the platform would lose its admin). */
export const cannotDemoteSelf = () =>
  new AppError(
    "conflict",
    "CANNOT_DEMOTE_SELF",
    "You cannot remove your own admin role or deactivate yourself",
  );

/**
 * A one-time link that cannot set a password: unknown (or its account deactivated), already used or
 * replaced by a newer one, or expired. Only the link's holder sees the reason; it says nothing of others.
 */
export const accountLinkInvalid = (reason: LinkRefusal) =>
  new AppError("invalid", "ACCOUNT_LINK_INVALID", `token: this link cannot be used (${reason})`, {
    params: { reason },
  });
