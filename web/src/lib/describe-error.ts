import { ApiError, type FieldError } from "./api.ts";
import { describeProblems, problemsOfField, problemsOfRefusal } from "./error-messages.ts";
import type { MessageKey, Translate } from "./i18n/index.tsx";

/** What the reader is told when the server's code is not one this build knows. */
const messageKeyByStatus: Record<number, MessageKey> = {
  401: "error.unauthenticated",
  403: "error.forbidden",
  404: "error.notFound",
};

/** A sentence for the reader, from the refusal's code and parameters. */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t("error.unexpected");
  if (error.code === "NETWORK_ERROR") return t("error.network");
  const problems = problemsOfRefusal(error.code, error.params);
  if (problems) return describeProblems(problems, t);
  const key = messageKeyByStatus[error.status];
  if (key) return t(key);
  if (error.status >= 500) return t("error.server");
  return error.message || t("error.unexpected");
}

/** One field error in the reader's language (its English message for a code this build does not know). */
export function describeFieldError(problem: FieldError, t: Translate): string {
  const problems = problemsOfField(problem);
  return problems ? describeProblems(problems, t) : problem.message;
}

/** The reader's sentence for one form field, if the server found a problem with it. */
export function fieldError(error: unknown, field: string, t: Translate): string | undefined {
  const problem = error instanceof ApiError ? error.fields[field] : undefined;
  return problem && describeFieldError(problem, t);
}

/** Whether the error is entirely explained by field messages shown beside the inputs. */
export function hasOnlyFieldErrors(error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const keys = Object.keys(error.fields);
  return keys.length > 0 && keys.every((key) => fields.includes(key));
}
