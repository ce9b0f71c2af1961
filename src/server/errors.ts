import { CONTROL_CHARACTER } from "./input.ts";

/**
 * Expected refusals are `AppError`s: a kind (what HTTP status it becomes), a stable code that clients
 * may rely on, a message for people, and optionally the fields at fault.
 */
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_many_requests"
  | "unsupported_media_type";

/** The one table mapping error kinds to HTTP statuses. */
export const httpStatusByKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  too_many_requests: 429,
};

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** The request is not valid; `fields` names each field at fault. */
export const validationFailed = (fields: FieldErrors, message = describeFields(fields)) =>
  new AppError("invalid", "VALIDATION_FAILED", message, fields);

/** Text input holding a control character (see `textInput`); `fields` names each field at fault. */
export const controlCharacterRefused = (fields: FieldErrors) =>
  new AppError("invalid", CONTROL_CHARACTER, describeFields(fields), fields);

/** No session or token, or an expired one. */
export const unauthenticated = () =>
  new AppError("unauthenticated", "UNAUTHENTICATED", "Authentication required");

/** Authenticated, but this role or scope may not do this. */
export const forbidden = (message = "You may not do this") => new AppError("forbidden", "FORBIDDEN", message);

/** A state-changing request sent from another site, subdomain or port than the platform's own. */
export const foreignOrigin = () =>
  new AppError("forbidden", "FOREIGN_ORIGIN", "Requests from another origin may not change anything");

/** A state-changing request carrying the session cookie but neither `Origin` nor `Sec-Fetch-Site`. */
export const originRequired = () =>
  new AppError(
    "forbidden",
    "ORIGIN_REQUIRED",
    "A request made with the session cookie must say its origin; integrations use an API token",
  );

/** The resource does not exist (or is not visible to the caller). */
export const notFound = (code: string, message: string) => new AppError("not_found", code, message);

export function describeFields(fields: FieldErrors): string {
  return Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
}
