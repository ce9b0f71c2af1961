import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { type Translate, useT } from "../../lib/i18n/index.tsx";
import { describeServerMessage } from "./field-problems.ts";
import { ProblemList } from "./problem-list.tsx";

/** "row 4, criterion_code" → "Ligne 4, colonne criterion_code"; a JSON path stays as it is. */
function describeFileLocation(location: string, t: Translate): string {
  const row = location.match(/^row (\d+)(?:, (.+))?$/);
  if (row)
    return row[2]
      ? t("import.rowColumn", { row: row[1]!, column: row[2] })
      : t("import.row", { row: row[1]! });
  if (location === "file") return t("import.file");
  return location;
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
  const problems = Object.entries(error.fields).map(([location, message]) => ({
    location: describeFileLocation(location, t),
    message: describeServerMessage(message, t),
  }));
  return (
    <ProblemList
      title={t("import.failedTitle")}
      intro={t("import.failedIntro", { count: problems.length })}
      problems={problems}
    />
  );
}
