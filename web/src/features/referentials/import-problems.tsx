import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError, type FieldError } from "../../lib/api.ts";
import { describeFieldError } from "../../lib/describe-error.ts";
import { type Translate, useT } from "../../lib/i18n/index.tsx";
import { ProblemList } from "./problem-list.tsx";

/**
 * Where a problem is, from the location the server gives as parameters: "Ligne 4, colonne
 * criterion_code" in a grid, the JSON path in a CASE package, or the whole file.
 */
function describeFileLocation(key: string, { params = {} }: FieldError, t: Translate): string {
  const { row, column, path } = params;
  if (row !== undefined)
    return column !== undefined
      ? t("import.rowColumn", { row: String(row), column: String(column) })
      : t("import.row", { row: String(row) });
  if (path !== undefined) return String(path);
  return key === "file" ? t("import.file") : key;
}

/** Why an imported file was refused: every problem the server found, or the general reason. */
export function ImportProblems({ error }: { error: unknown }) {
  const t = useT();
  if (
    !(error instanceof ApiError) ||
    error.code !== "IMPORT_FAILED" ||
    Object.keys(error.fields).length === 0
  )
    return <ErrorAlert error={error} />;
  const problems = Object.entries(error.fields).map(([key, problem]) => ({
    location: describeFileLocation(key, problem, t),
    message: describeFieldError(problem, t),
  }));
  return (
    <ProblemList
      title={t("import.failedTitle")}
      intro={t("import.failedIntro", { count: problems.length })}
      problems={problems}
    />
  );
}
