import type { FieldError } from "../../lib/api.ts";
import { type Problem, problemsOfField } from "../../lib/error-messages.ts";
import type { Translate } from "../../lib/i18n/index.tsx";

/**
 * One message about one field or item: a sentence of the catalogue (from the browser's own checks, or
 * a server field code), or, for a code this build does not know, the server's English text.
 */
export type FieldProblem = Problem | { text: string };

/** The sentences of one server field error. */
export const problemsOfServerField = (field: FieldError): FieldProblem[] =>
  problemsOfField(field) ?? [{ text: field.message }];

export function describeProblem(problem: FieldProblem, t: Translate): string {
  return "key" in problem ? t(problem.key, problem.values) : problem.text;
}
