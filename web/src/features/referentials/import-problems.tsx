import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { describeImportProblem } from "../../lib/import-problem.ts";
import { ProblemList } from "./problem-list.tsx";

/** Why an imported file was refused: every problem the server found, or the general reason. */
export function ImportProblems({ error }: { error: unknown }) {
  const t = useT();
  if (
    !(error instanceof ApiError) ||
    error.code !== "IMPORT_FAILED" ||
    Object.keys(error.fields).length === 0
  )
    return <ErrorAlert error={error} />;
  const problems = Object.entries(error.fields).map(([key, problem]) =>
    describeImportProblem(key, problem, t),
  );
  return (
    <ProblemList
      title={t("import.failedTitle")}
      intro={t("import.failedIntro", { count: problems.length })}
      problems={problems}
    />
  );
}
