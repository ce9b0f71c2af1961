import type { FieldErrorCode } from "./error-codes.ts";
import { type ErrorParams, type FieldError, type FieldErrors, fieldError } from "./errors.ts";

/**
 * How schema validation issues become field codes, in one place: the HTTP error handler, the CLI and
 * the referential imports all describe a zod issue through `fieldErrorOfIssue`.
 */

/** Patterns whose meaning a client can explain ("an INSEE commune code"), named once where declared. */
export const patternFormats = [
  "insee_code",
  "postal_code",
  "country_code",
  "phone",
  "siret",
  "catalogue_code",
  "referential_code",
] as const;
export type PatternFormat = (typeof patternFormats)[number];

const formatByPattern = new Map<string, PatternFormat>();

/** Gives a regular expression of a schema its format name, which its INVALID_FORMAT issue then carries. */
export function namedPattern(pattern: RegExp, format: PatternFormat): RegExp {
  formatByPattern.set(String(pattern), format);
  return pattern;
}

/** The options of a zod refinement (`.refine(check, refinement(…))`, `ctx.addIssue`) carrying a field code. */
export const refinement = (code: FieldErrorCode, message: string, params?: ErrorParams) => ({
  message,
  params: params ? { code, params } : { code },
});

/** The part of a zod issue this mapping reads (zod's own issues and fastify-type-provider-zod's). */
export interface IssueFacts {
  code: string;
  message: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  format?: string;
  pattern?: string;
  values?: readonly unknown[];
  divisor?: number | bigint;
  params?: { code?: FieldErrorCode; params?: ErrorParams };
}

const isList = (origin: string | undefined) => origin === "array" || origin === "set";

/**
 * One issue as a field error. `isMissing` says whether the value at the issue's path was absent or
 * null, which zod does not tell apart from a wrong type in every case (a missing enum value is an
 * "invalid option").
 */
export function fieldErrorOfIssue(issue: IssueFacts, isMissing: boolean): FieldError {
  const bound = (value: number | bigint | undefined) => Number(value);
  switch (issue.code) {
    case "custom":
      return issue.params?.code
        ? fieldError(issue.params.code, issue.message, issue.params.params)
        : fieldError("INVALID_VALUE", issue.message);
    case "too_big":
      if (issue.origin === "string")
        return fieldError("TOO_LONG", `must be at most ${bound(issue.maximum)} characters`, {
          max: bound(issue.maximum),
        });
      if (isList(issue.origin))
        return fieldError("TOO_MANY", `must have at most ${bound(issue.maximum)} items`, {
          max: bound(issue.maximum),
        });
      return fieldError("TOO_BIG", issue.message, {
        max: bound(issue.maximum),
        inclusive: issue.inclusive !== false,
      });
    case "too_small":
      if (issue.origin === "string")
        return bound(issue.minimum) === 1
          ? fieldError("REQUIRED", "must not be empty")
          : fieldError("TOO_SHORT", `must be at least ${bound(issue.minimum)} characters`, {
              min: bound(issue.minimum),
            });
      if (isList(issue.origin))
        return fieldError("TOO_FEW", `must have at least ${bound(issue.minimum)} items`, {
          min: bound(issue.minimum),
        });
      return fieldError("TOO_SMALL", issue.message, {
        min: bound(issue.minimum),
        inclusive: issue.inclusive !== false,
      });
    case "invalid_format": {
      const format =
        issue.format === "regex" && issue.pattern
          ? (formatByPattern.get(issue.pattern) ?? "pattern")
          : issue.format;
      return fieldError("INVALID_FORMAT", issue.message, { format: format ?? "pattern" });
    }
    case "invalid_value":
      if (isMissing) return fieldError("REQUIRED", "required");
      return fieldError("INVALID_ENUM", issue.message, { options: (issue.values ?? []).map(String) });
    case "invalid_type":
      if (isMissing) return fieldError("REQUIRED", "required");
      return fieldError("INVALID_TYPE", issue.message, { expected: issue.expected ?? "value" });
    case "not_multiple_of":
      return fieldError("NOT_MULTIPLE_OF", issue.message, { divisor: Number(issue.divisor) });
    default:
      return fieldError("INVALID_VALUE", issue.message);
  }
}

/** The value at a path of a request part, to tell a missing value from a wrong one. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Field errors of zod issues raised on `input`, keyed by dotted path (the first issue of each path). */
export function fieldsOfIssues(
  issues: readonly (IssueFacts & { path: readonly PropertyKey[] })[],
  input: unknown,
): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const value = valueAt(input, issue.path);
    fields[issue.path.map(String).join(".")] ??= fieldErrorOfIssue(
      issue,
      value === undefined || value === null,
    );
  }
  return fields;
}
