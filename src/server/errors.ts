import type { ErrorCode, FieldErrorCode } from "./error-codes.ts";

/**
 * Expected refusals are `AppError`s: a kind (what HTTP status it becomes), a stable code that clients
 * rely on, the parameters of that code (an expiry date, a limit), an English message for logs and
 * integrators, and optionally the fields at fault, each with its own code and parameters. Clients
 * decide and translate on codes and parameters, never on the message.
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

/** The values a code's message is built from: numbers, dates as `YYYY-MM-DD`, codes, lists of them. */
export type ErrorParams = Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;

/** What is wrong with one field: a stable code, its parameters, and the English wording. */
export interface FieldError {
  code: FieldErrorCode;
  params?: ErrorParams;
  message: string;
}

/** Field errors keyed by the field's path in the request (`blocks.0.capacities.2.code`). */
export type FieldErrors = Record<string, FieldError>;

/** One field error; the only way module code builds one. */
export const fieldError = (code: FieldErrorCode, message: string, params?: ErrorParams): FieldError =>
  params ? { code, params, message } : { code, message };

export class AppError extends Error {
  readonly params?: ErrorParams;
  readonly fields?: FieldErrors;

  constructor(
    readonly kind: ErrorKind,
    readonly code: ErrorCode,
    message: string,
    details: { params?: ErrorParams; fields?: FieldErrors } = {},
  ) {
    super(message);
    this.name = "AppError";
    if (details.params) this.params = details.params;
    if (details.fields) this.fields = details.fields;
  }
}

/**
 * Refusals the platform itself gives, whatever the module, with their kinds. (A module declares its
 * own the same way in its errors.ts: `{ CODE: kind }`, which the OpenAPI document lists per status.)
 */
export const platformErrors = {
  VALIDATION_FAILED: "invalid",
  /** Text holding a control character (see `textInput`): not a typing slip, not text at all. */
  CONTROL_CHARACTER: "invalid",
  MALFORMED_JSON: "invalid",
  PAYLOAD_TOO_LARGE: "invalid",
  BAD_REQUEST: "invalid",
  UNSUPPORTED_MEDIA_TYPE: "unsupported_media_type",
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  ROUTE_NOT_FOUND: "not_found",
  RATE_LIMITED: "too_many_requests",
  /** A write sent from another site, subdomain or port than the platform's own. */
  FOREIGN_ORIGIN: "forbidden",
  /** A write with the session cookie that says neither its origin nor its fetch site. */
  ORIGIN_REQUIRED: "forbidden",
} as const satisfies Record<string, ErrorKind>;

/** What an unexpected failure answers (500): never an AppError, so it has no kind. */
export const INTERNAL_ERROR = "INTERNAL_ERROR";

/**
 * Field codes any module may use; the schema validation issues map onto these (see
 * error-handler.ts `fieldsFromIssues`). A module's own field codes are declared in its errors.ts.
 */
export const commonFieldCodes = [
  /** Missing or null where a value is needed. */
  "REQUIRED",
  /** A key the schema does not know (strict objects). */
  "UNKNOWN_FIELD",
  /** Text length: `{max}` / `{min}` characters. */
  "TOO_LONG",
  "TOO_SHORT",
  /** List length: `{max}` / `{min}` items. */
  "TOO_MANY",
  "TOO_FEW",
  /** Number bounds: `{max}` / `{min}` and whether the bound itself is allowed (`inclusive`). */
  "TOO_BIG",
  "TOO_SMALL",
  "NOT_MULTIPLE_OF",
  /** `{format}`: date, email, datetime… or a named pattern (insee_code, postal_code, code…). */
  "INVALID_FORMAT",
  /** `{options}`: the values allowed. */
  "INVALID_ENUM",
  /** `{expected}`: string, number, int, boolean, array, object. */
  "INVALID_TYPE",
  "INVALID_VALUE",
  /** The body is not JSON, or is larger than the limit. */
  "MALFORMED_JSON",
  "BODY_TOO_LARGE",
  /** Unique value already taken by another record. */
  "ALREADY_USED",
  /** `{value}`: names a record (branch, company, user) that does not exist. */
  "UNKNOWN_REFERENCE",
  /** `{other}`: a date earlier than the field it must follow. */
  "BEFORE_OTHER_DATE",
  /** `{current}`: the record has moved on since this edit started. */
  "REVISION_STALE",
  /** `{code}`: a code already used by a sibling in the same list. */
  "DUPLICATE_CODE",
  /** Text holding a control character (tab everywhere and line breaks in multi-line text are fine). */
  "CONTROL_CHARACTER",
] as const;

/** The request is not valid; `fields` names each field at fault. */
export const validationFailed = (fields: FieldErrors, message = describeFields(fields)) =>
  new AppError("invalid", "VALIDATION_FAILED", message, { fields });

/** The request is not valid because of one field. */
export const validationFailedOn = (field: string, problem: FieldError) =>
  validationFailed({ [field]: problem });

/** Text input holding a control character (see `textInput`); `fields` names each field at fault. */
export const controlCharacterRefused = (fields: FieldErrors) =>
  new AppError("invalid", "CONTROL_CHARACTER", describeFields(fields), { fields });

/** No session or token, or an expired one. */
export const unauthenticated = () =>
  new AppError("unauthenticated", "UNAUTHENTICATED", "Authentication required");

/** Authenticated, but this role or scope may not do this. */
export const forbidden = (message = "You may not do this", params?: ErrorParams) =>
  new AppError("forbidden", "FORBIDDEN", message, params ? { params } : {});

/** Too many requests from this address in the window (the login rate limit). */
export const rateLimited = () =>
  new AppError("too_many_requests", "RATE_LIMITED", "Too many requests; slow down");

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
export const notFound = (code: ErrorCode, message: string) => new AppError("not_found", code, message);

/** "title: must be at most 200 characters; code: already used", for logs and integrators. */
export function describeFields(fields: FieldErrors): string {
  return Object.entries(fields)
    .map(([field, problem]) => `${field}: ${problem.message}`)
    .join("; ");
}
