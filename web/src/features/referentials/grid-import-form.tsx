import { Alert, Button, FileInput, Group, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { useImportGrid } from "./api.ts";
import { ImportProblems } from "./import-problems.tsx";
import { gridContentTypes, type VersionView } from "./types.ts";

/** The content type the server expects for a grid file, by its extension; null for another kind of file. */
function gridContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".csv")) return gridContentTypes.csv;
  if (name.endsWith(".xlsx")) return gridContentTypes.xlsx;
  return null;
}

/** Admin, on a draft: replaces its blocs, capacities and criteria with an evaluation grid (CSV or Excel). */
export function GridImportForm({ view }: { view: VersionView }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [isWrongType, setIsWrongType] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const importGrid = useImportGrid(view.qualificationCode, view.version);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const contentType = file && gridContentType(file);
    setIsWrongType(Boolean(file) && !contentType);
    if (!file || !contentType) return;
    setNotice(null);
    importGrid.mutate(
      { file, contentType, revision: view.revision },
      {
        onSuccess: (saved) => {
          setFile(null);
          setNotice(
            t("import.gridDone", {
              blocks: saved.blockCount,
              capacities: saved.capacityCount,
              criteria: saved.criterionCount,
            }),
          );
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text size="sm">{t("import.gridHelp")}</Text>
        <Group align="flex-end" gap="xs">
          <FileInput
            label={t("import.gridFile")}
            placeholder={t("import.chooseFile")}
            accept={`.csv,.xlsx,${gridContentTypes.csv},${gridContentTypes.xlsx}`}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setIsWrongType(false);
              importGrid.reset();
            }}
            error={isWrongType ? t("import.gridWrongType") : undefined}
            clearable
            clearButtonProps={{ "aria-label": t("import.clearFile") }}
            w={{ base: "100%", sm: 320 }}
          />
          <Button type="submit" variant="outline" loading={importGrid.isPending} disabled={!file}>
            {t("import.gridSubmit")}
          </Button>
        </Group>
        {importGrid.error ? <ImportProblems error={importGrid.error} /> : null}
        {notice && (
          <Alert color="success" variant="light" role="status">
            {notice}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
