import type { ErrorParams } from "../../../src/server/errors.ts";
import { methodLabelKeys } from "../features/referentials/labels.ts";
import type { AssessmentMethod } from "../features/referentials/types.ts";
import { describeProblems, problemsOfField } from "./error-messages.ts";
import { messageKeyOf, type Translate } from "./i18n/index.tsx";

/**
 * The grid's column codes and method codes in an imported file's problem, in the reader's words: a column
 * the server names by its code ("capacity_methods") is shown as the grid heads it ("Méthodes
 * d'évaluation"); a column as the file named it, as is.
 */
function readableImportParams(params: ErrorParams, t: Translate): ErrorParams {
  const column = (name: string) => {
    const key = messageKeyOf(`gridColumn.${name}`);
    return key ? t(key) : name;
  };
  const method = (name: string) =>
    Object.hasOwn(methodLabelKeys, name) ? t(methodLabelKeys[name as AssessmentMethod]) : name;
  const each = (value: ErrorParams[string] | undefined, word: (name: string) => string) =>
    Array.isArray(value) ? value.map((item) => word(String(item))) : word(String(value));
  return {
    ...params,
    ...(params.column !== undefined && { column: each(params.column, column) }),
    ...(params.columns !== undefined && { columns: each(params.columns, column) }),
    ...(params.options !== undefined && { options: each(params.options, method) }),
  };
}

/** One problem of an imported file, in the reader's words: where (row and column, path, or the file) and what. */
export function describeImportProblem(
  key: string,
  problem: { code: string; params?: ErrorParams; message: string },
  t: Translate,
): { location: string; message: string } {
  const params = readableImportParams(problem.params ?? {}, t);
  const { row, column, path } = params;
  const location =
    row !== undefined
      ? column !== undefined
        ? t("import.rowColumn", { row: String(row), column: String(column) })
        : t("import.row", { row: String(row) })
      : path !== undefined
        ? String(path)
        : key === "file"
          ? t("import.file")
          : key;
  const problems = problemsOfField({ ...problem, params });
  return { location, message: problems ? describeProblems(problems, t) : problem.message };
}
