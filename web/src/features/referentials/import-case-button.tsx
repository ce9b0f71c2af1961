import { Button, FileInput, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { Dialog } from "../../components/dialog.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useImportCase } from "./api.ts";
import { ImportProblems } from "./import-problems.tsx";
import { versionPagePath } from "./paths.ts";

/** Admin: a new draft from a 1EdTech CASE package (a JSON file), then its read view. */
export function ImportCaseButton({ code }: { code: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [isOpen, dialog] = useDisclosure(false);
  const [file, setFile] = useState<File | null>(null);
  const [isMissing, setIsMissing] = useState(false);
  const importCase = useImportCase(code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsMissing(!file);
    if (!file) return;
    const text = await file.text();
    importCase.mutate(text, {
      onSuccess: (draft) => navigate(versionPagePath(code, draft.version)),
    });
  };

  return (
    <>
      <Button
        variant="outline"
        onClick={() => {
          importCase.reset();
          setFile(null);
          dialog.open();
        }}
      >
        {t("import.case")}
      </Button>
      <Dialog opened={isOpen} onClose={dialog.close} title={t("import.case")} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t("import.caseHelp")}</Text>
            <FileInput
              label={t("import.caseFile")}
              placeholder={t("import.chooseFile")}
              accept=".json,application/json"
              required
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                setIsMissing(false);
                importCase.reset();
              }}
              error={isMissing ? t("form.required") : undefined}
            />
            {importCase.error ? <ImportProblems error={importCase.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={importCase.isPending}>
                {t("import.caseSubmit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
