import { AppError, type ErrorKind, fieldError } from "../../server/errors.ts";

/** The refusal codes of the certificates module. */
export const certificateErrors = {
  ISSUER_KEY_EXISTS: "conflict",
  ISSUER_KEY_MISSING: "conflict",
  ISSUER_KEY_CHANGED: "conflict",
  CERTIFICATE_NOT_FOUND: "not_found",
  CERTIFICATE_ALREADY_REVOKED: "conflict",
  AWARD_BLOCKS_INVALID: "invalid",
} as const satisfies Record<string, ErrorKind>;

/** Why no signing key can be used: the `reason` parameter of ISSUER_KEY_MISSING. */
export type IssuerKeyMissingReason = "not_generated" | "private_key_missing" | "no_status_list";

/** The issuer already has a signing key: a second one is made by rotating, which retires the first. */
export const issuerKeyExists = () =>
  new AppError("conflict", "ISSUER_KEY_EXISTS", "The issuer already has a signing key; rotate it instead");

/**
 * No signing key (`reason`: none generated yet, its private half missing from the key file, or no
 * revocation list opened with it); `detail` says what to do, in English, for the operator.
 */
export const issuerKeyMissing = (reason: IssuerKeyMissingReason, detail: string) =>
  new AppError("conflict", "ISSUER_KEY_MISSING", `No usable issuer signing key: ${detail}`, {
    params: { reason },
  });

/** Another rotation or generation of the issuer key was made at the same time; nothing was written. */
export const issuerKeyChanged = () =>
  new AppError("conflict", "ISSUER_KEY_CHANGED", "The issuer key was changed meanwhile; try again");

/** No certificate with this number (or token), or one the caller may not see. */
export const certificateNotFound = () =>
  new AppError("not_found", "CERTIFICATE_NOT_FOUND", "No such certificate");

/** The certificate was already revoked; a revocation is final and keeps its first reason. */
export const certificateAlreadyRevoked = () =>
  new AppError("conflict", "CERTIFICATE_ALREADY_REVOKED", "This certificate is already revoked");

/** The award names blocs (`codes`) that the referential version does not have. */
export const awardBlocksUnknown = (codes: readonly string[]) => {
  const message = `not blocs of this referential version: ${codes.join(", ")}`;
  return new AppError("invalid", "AWARD_BLOCKS_INVALID", `blockCodes: ${message}`, {
    params: { codes },
    fields: { blockCodes: fieldError("UNKNOWN_REFERENCE", message, { value: codes.join(", ") }) },
  });
};

/** A partial award names no bloc at all: it must name the blocs acquired. */
export const awardBlocksMissing = () => {
  const message = "a partial award names the blocs acquired";
  return new AppError("invalid", "AWARD_BLOCKS_INVALID", `blockCodes: ${message}`, {
    fields: { blockCodes: fieldError("TOO_FEW", message, { min: 1 }) },
  });
};

/** Too many public look-ups or verifications from one address: they cost a signature check each. */
export const verificationRateLimited = () =>
  new AppError(
    "too_many_requests",
    "RATE_LIMITED",
    "Too many verifications from this address; try again in a minute",
  );
