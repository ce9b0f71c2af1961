import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import {
  AppError,
  controlCharacterRefused,
  type FieldErrors,
  fieldError,
  httpStatusByKind,
  INTERNAL_ERROR,
  validationFailed,
} from "./errors.ts";
import { fieldErrorOfIssue, type IssueFacts, valueAt } from "./field-formats.ts";
import { isControlCharacterIssue } from "./input.ts";

/** A zod issue as fastify-type-provider-zod hands it over: zod's own fields are under `params`. */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: Omit<IssueFacts, "code" | "message"> & { keys?: string[] };
}

/**
 * Turns schema validation issues into field errors with codes, naming nested fields with dots. `part`
 * is the request part validated (body, querystring, params), read to tell a missing value from a wrong one.
 */
export function fieldsFromIssues(
  issues: ValidationIssue[],
  context: string | undefined,
  part: unknown,
): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const keys = issue.instancePath.split("/").filter(Boolean);
    const path = keys.join(".");
    if (issue.keyword === "unrecognized_keys" && issue.params.keys) {
      for (const key of issue.params.keys)
        fields[path ? `${path}.${key}` : key] = fieldError("UNKNOWN_FIELD", "unknown field");
      continue;
    }
    const value = valueAt(part, keys);
    const isMissing = value === undefined || value === null;
    fields[path || context || "body"] ??= fieldErrorOfIssue(
      { ...issue.params, code: issue.keyword, message: issue.message },
      isMissing,
    );
  }
  return fields;
}

const requestPart = (req: FastifyRequest, context: string | undefined): unknown => {
  if (context === "querystring") return req.query;
  if (context === "params") return req.params;
  if (context === "headers") return req.headers;
  return req.body;
};

function toAppError(error: FastifyError, req: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation as unknown as ValidationIssue[];
    const fields = fieldsFromIssues(
      issues,
      error.validationContext,
      requestPart(req, error.validationContext) ?? {},
    );
    // A control character gets a code of its own: the input was not mistyped, it was not text.
    if (issues.some(isControlCharacterIssue)) return controlCharacterRefused(fields);
    return validationFailed(fields);
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("invalid", "MALFORMED_JSON", `body: ${error.message}`, {
        fields: { body: fieldError("MALFORMED_JSON", "malformed JSON") },
      });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("invalid", "PAYLOAD_TOO_LARGE", "body: too large", {
        fields: { body: fieldError("BODY_TOO_LARGE", "too large") },
      });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError(
        "unsupported_media_type",
        "UNSUPPORTED_MEDIA_TYPE",
        "Send JSON (Content-Type: application/json)",
      );
  }
  if (error.statusCode === 429) return new AppError("too_many_requests", "RATE_LIMITED", error.message);
  if (error.statusCode && error.statusCode < 500) {
    return new AppError("invalid", "BAD_REQUEST", error.message);
  }
  return null;
}

/** The one place where errors become HTTP responses: `{"error":{"code","message","params","fields"}}`. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const appError = toAppError(error, req);
    if (!appError) {
      req.log.error({ err: error }, "unexpected error");
      return reply.status(500).send({ error: { code: INTERNAL_ERROR, message: "Unexpected error" } });
    }
    const body = {
      code: appError.code,
      message: appError.message,
      ...(appError.params && { params: appError.params }),
      ...(appError.fields && { fields: appError.fields }),
    };
    return reply.status(httpStatusByKind[appError.kind]).send({ error: body });
  });
}
