import { AppError } from "../../server/errors.ts";

/** The issuer already has a signing key: a second one is made by rotating, which retires the first. */
export const issuerKeyExists = () =>
  new AppError("conflict", "ISSUER_KEY_EXISTS", "The issuer already has a signing key; rotate it instead");

/** No signing key (none generated yet, or its private half is missing from the key file). */
export const issuerKeyMissing = (detail: string) =>
  new AppError("conflict", "ISSUER_KEY_MISSING", `No usable issuer signing key: ${detail}`);

/** Another rotation or generation of the issuer key was made at the same time; nothing was written. */
export const issuerKeyChanged = () =>
  new AppError("conflict", "ISSUER_KEY_CHANGED", "The issuer key was changed meanwhile; try again");

/** No certificate with this number (or token), or one the caller may not see. */
export const certificateNotFound = () =>
  new AppError("not_found", "CERTIFICATE_NOT_FOUND", "No such certificate");

/** The certificate was already revoked; a revocation is final and keeps its first reason. */
export const certificateAlreadyRevoked = () =>
  new AppError("conflict", "CERTIFICATE_ALREADY_REVOKED", "This certificate is already revoked");

/** The award names no referential bloc that exists, or a partial award names none at all. */
export const awardBlocksInvalid = (message: string) =>
  new AppError("invalid", "AWARD_BLOCKS_INVALID", `blockCodes: ${message}`, { blockCodes: message });

/** Too many public look-ups or verifications from one address: they cost a signature check each. */
export const verificationRateLimited = () =>
  new AppError(
    "too_many_requests",
    "RATE_LIMITED",
    "Too many verifications from this address; try again in a minute",
  );

/** Every entry of the status list is taken: a new list is needed before more certificates are issued. */
export const statusListFull = () =>
  new AppError("conflict", "STATUS_LIST_FULL", "The revocation status list has no free entry left");
