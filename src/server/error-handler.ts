import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import {
  AppError,
  controlCharacterRefused,
  type FieldErrors,
  httpStatusByKind,
  validationFailed,
} from "./errors.ts";
import { isControlCharacterIssue } from "./input.ts";

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: { keys?: string[]; input?: unknown; params?: { code?: unknown } };
}

/** Turns schema validation issues into `{ field: message }`, naming nested fields with dots. */
export function fieldsFromIssues(issues: ValidationIssue[], context: string | undefined): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.instancePath.split("/").filter(Boolean).join(".");
    if (issue.keyword === "unrecognized_keys" && issue.params.keys) {
      for (const key of issue.params.keys) fields[path ? `${path}.${key}` : key] = "unknown field";
      continue;
    }
    const isMissing = issue.keyword === "invalid_type" && issue.message.endsWith("received undefined");
    fields[path || context || "body"] = isMissing ? "required" : issue.message;
  }
  return fields;
}

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation as unknown as ValidationIssue[];
    const fields = fieldsFromIssues(issues, error.validationContext);
    // A control character gets a code of its own: the input was not mistyped, it was not text.
    if (issues.some(isControlCharacterIssue)) {
      return controlCharacterRefused(fields);
    }
    return validationFailed(fields);
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("invalid", "MALFORMED_JSON", `body: ${error.message}`, { body: "malformed JSON" });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("invalid", "PAYLOAD_TOO_LARGE", "body: too large", { body: "too large" });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError(
        "unsupported_media_type",
        "UNSUPPORTED_MEDIA_TYPE",
        "Send JSON (Content-Type: application/json)",
      );
  }
  if (error.statusCode && error.statusCode < 500) {
    return new AppError("invalid", "BAD_REQUEST", error.message);
  }
  return null;
}

/** The one place where errors become HTTP responses: `{"error":{"code","message","fields"}}`. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const appError = toAppError(error);
    if (!appError) {
      req.log.error({ err: error }, "unexpected error");
      return reply.status(500).send({ error: { code: "INTERNAL_ERROR", message: "Unexpected error" } });
    }
    const status = error.statusCode === 429 ? 429 : httpStatusByKind[appError.kind];
    const body = {
      code: appError.code,
      message: appError.message,
      ...(appError.fields && { fields: appError.fields }),
    };
    return reply.status(status).send({ error: body });
  });
}
