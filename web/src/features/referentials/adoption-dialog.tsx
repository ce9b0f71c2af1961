import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { FormEvent } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { type MessageKey, useT } from "../../lib/i18n/index.tsx";
import { TreeEditor } from "./editor/tree-editor.tsx";
import { describeProblem } from "./field-problems.ts";
import { goToElement, ProblemList } from "./problem-list.tsx";
import { describeEditorTarget, editorTargetId } from "./problem-locations.ts";
import type { Block } from "./types.ts";
import { useAdoptionForm } from "./use-adoption-form.ts";

const modulePrefixes = { block: "M", capacity: "MC" };

/** The form's own fields, as the server and the list of problems name them. */
const fieldLabelKeys: Record<string, MessageKey> = {
  branchCode: "adoption.branch",
  version: "adoption.version",
  decisionDate: "adoption.decisionDate",
  agreementReference: "adoption.agreementReference",
  modules: "adoption.modules",
};

interface AdoptionDialogProps {
  code: string;
  onClose: () => void;
  /** Fixed when opened from a branch's page; otherwise picked among `branchOptions`. */
  branchCode?: string;
  branchOptions: { value: string; label: string }[];
  initialModules: Block[];
}

/** Records a branch CPNE's decision to operate a published version, with its modules complémentaires. */
export function AdoptionDialog({
  code,
  onClose,
  branchCode,
  branchOptions,
  initialModules,
}: AdoptionDialogProps) {
  const t = useT();
  const isSmall = useMediaQuery("(max-width: 48em)");
  const onlyBranchCode = branchOptions.length === 1 ? branchOptions[0]!.value : undefined;
  const form = useAdoptionForm({ code, branchCode, onlyBranchCode, initialModules, onSaved: onClose });
  const errorOf = (target: string) =>
    form.errors[target]?.map((problem) => describeProblem(problem, t)).join(" ") || undefined;
  const error = form.record.error;
  const isFieldError = error instanceof ApiError && error.code === "VALIDATION_FAILED";
  const problems = Object.entries(form.errors).map(([target, list]) => ({
    location: fieldLabelKeys[target]
      ? t(fieldLabelKeys[target])
      : describeEditorTarget(target, form.modules, t),
    message: list.map((problem) => describeProblem(problem, t)).join(" "),
    targetId: fieldLabelKeys[target] ? `adoption-${target}` : editorTargetId(target),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.submit()) requestAnimationFrame(() => goToElement("adoption-problems"));
  };

  return (
    <Dialog opened onClose={onClose} title={t("adoption.record")} size="xl" fullScreen={isSmall}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {(form.hasTriedToSave || isFieldError) && (
            <div id="adoption-problems" tabIndex={-1}>
              <ProblemList title={t("editor.problemsTitle")} problems={problems} />
            </div>
          )}
          {!isFieldError && <ErrorAlert error={error} />}
          {form.published.length === 0 && (
            <Alert color="warning" variant="light">
              {t("adoption.noPublishedVersion")}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {branchCode ? (
              <TextInput id="adoption-branchCode" label={t("adoption.branch")} value={branchCode} readOnly />
            ) : (
              <Select
                id="adoption-branchCode"
                label={t("adoption.branch")}
                required
                searchable
                data={branchOptions}
                value={form.values.branchCode || null}
                onChange={(value) => form.setValue("branchCode", value ?? "")}
                nothingFoundMessage={t("common.nothingFound")}
                error={errorOf("branchCode")}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <NativeSelect
              id="adoption-version"
              label={t("adoption.version")}
              required
              data={form.published.map((item) => ({
                value: String(item.version),
                label: t("version.name", { version: item.version }),
              }))}
              value={form.values.version}
              onChange={(event) => form.setValue("version", event.currentTarget.value)}
              error={errorOf("version")}
            />
            <TextInput
              id="adoption-decisionDate"
              type="date"
              label={t("adoption.decisionDate")}
              required
              value={form.values.decisionDate}
              onChange={(event) => form.setValue("decisionDate", event.currentTarget.value)}
              error={errorOf("decisionDate")}
            />
            <TextInput
              id="adoption-agreementReference"
              label={t("adoption.agreementReference")}
              description={t("adoption.agreementReferenceHelp")}
              required
              value={form.values.agreementReference}
              onChange={(event) => form.setValue("agreementReference", event.currentTarget.value)}
              error={errorOf("agreementReference")}
            />
          </SimpleGrid>
          <Stack gap="xs" component="section" aria-labelledby="adoption-modules-title">
            <Title order={3} size="h4" id="adoption-modules-title">
              {t("adoption.modules")}
            </Title>
            <Text size="sm">{t("adoption.modulesHelp")}</Text>
            <TreeEditor
              blocks={form.modules}
              onChange={form.setModules}
              errors={form.errors}
              prefixes={modulePrefixes}
              idPrefix="modules"
              addLabel={t("adoption.addModule")}
              emptyText={t("adoption.noModule")}
            />
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={form.record.isPending} disabled={form.published.length === 0}>
              {t("adoption.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
