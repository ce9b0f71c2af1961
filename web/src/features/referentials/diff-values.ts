import type { Language, Translate } from "../../lib/i18n/index.tsx";
import {
  describePassRule,
  describeValidity,
  diffFieldKeys,
  formatDecimal,
  methodLabelKeys,
} from "./labels.ts";
import {
  type AssessmentMethod,
  assessmentMethods,
  type DiffEntry,
  type PassRule,
  type Validity,
} from "./types.ts";

const isMethod = (value: string): value is AssessmentMethod =>
  (assessmentMethods as readonly string[]).includes(value);

/** The rules are compared as JSON text: shown as the sentence the read view uses. */
function describeRuleValue(path: string, value: string, t: Translate, language: Language): string {
  try {
    const parsed: unknown = JSON.parse(value);
    if (path === "passRule") return describePassRule(parsed as PassRule, t, language);
    if (path === "validity") return describeValidity(parsed as Validity, t);
  } catch {
    // Not JSON: shown as sent.
  }
  return value;
}

/** One side of a change, in words: methods by their names, numbers in the reader's format, "—" for nothing. */
export function describeDiffValue(
  entry: DiffEntry,
  field: string,
  value: unknown,
  t: Translate,
  language: Language,
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return formatDecimal(value, language);
  if (typeof value !== "string") return JSON.stringify(value);
  if (field === "value" && entry.kind === "rule") return describeRuleValue(entry.path, value, t, language);
  if (field === "methods")
    return value
      .split(",")
      .map((method) => method.trim())
      .map((method) => (isMethod(method) ? t(methodLabelKeys[method]) : method))
      .join(", ");
  return value;
}

export function describeDiffField(field: string, t: Translate): string {
  const key = diffFieldKeys[field];
  return key ? t(key) : field;
}

/** Rules are named by the reader's language; items by the server's label (their own title or wording). */
export function describeDiffLabel(entry: DiffEntry, t: Translate): string {
  if (entry.kind !== "rule") return entry.label;
  if (entry.path === "passRule") return t("referential.passRule");
  if (entry.path === "validity") return t("referential.validity");
  return entry.label;
}
