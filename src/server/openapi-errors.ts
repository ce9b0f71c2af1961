import {
  type ErrorCode,
  type ErrorModule,
  errorCodes,
  errorsByModule,
  fieldErrorCodes,
} from "./error-codes.ts";
import { type ErrorKind, httpStatusByKind } from "./errors.ts";

/** The shared error shapes of the OpenAPI document, as components. */
export const errorComponents = {
  ErrorParams: {
    type: "object",
    description: "The values a code's message is built from (a limit, a date YYYY-MM-DD, codes).",
    additionalProperties: {
      anyOf: [
        { type: "string" },
        { type: "number" },
        { type: "boolean" },
        { type: "array", items: { anyOf: [{ type: "string" }, { type: "number" }] } },
      ],
    },
  },
  FieldError: {
    type: "object",
    description: "What is wrong with one field: a stable code, its parameters, and English wording.",
    required: ["code", "message"],
    properties: {
      code: { type: "string", enum: [...new Set(fieldErrorCodes)] },
      params: { $ref: "#/components/schemas/ErrorParams" },
      message: { type: "string", description: "English, for logs; clients translate the code" },
    },
  },
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", enum: errorCodes },
          message: { type: "string", description: "English, for logs and integrators; never parse it" },
          params: { $ref: "#/components/schemas/ErrorParams" },
          fields: {
            type: "object",
            description: "Each field at fault, keyed by its path in the request (`blocks.0.code`)",
            additionalProperties: { $ref: "#/components/schemas/FieldError" },
          },
        },
      },
    },
  },
} as const;

const statusTitles: Record<number, string> = {
  400: "Bad input: the fields at fault are named",
  401: "No session or API token, or an expired one",
  403: "This role or scope may not do this",
  404: "Unknown, or not visible to the caller",
  409: "Refused by the current state of the resource",
  415: "Unsupported content type",
  429: "Too many requests",
  500: "Unexpected failure; nothing was written",
};

/** The refusal codes of these modules (and of the platform) that become `status`. */
export function codesWithStatus(modules: readonly ErrorModule[], status: number): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  for (const module of ["platform", ...modules] as const) {
    for (const [code, kind] of Object.entries(errorsByModule[module]) as [ErrorCode, ErrorKind][])
      if (httpStatusByKind[kind] === status) codes.add(code);
  }
  return [...codes];
}

/** One error response of an operation: the shared shape, narrowed to the codes it may carry. */
export function errorResponse(status: number, codes: readonly ErrorCode[]) {
  return {
    description: `${statusTitles[status] ?? "Refused"}. Codes: ${codes.join(", ")}.`,
    content: {
      "application/json": {
        schema: {
          allOf: [
            { $ref: "#/components/schemas/Error" },
            {
              type: "object",
              properties: {
                error: { type: "object", properties: { code: { type: "string", enum: codes } } },
              },
            },
          ],
        },
      },
    },
  };
}
