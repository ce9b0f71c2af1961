import { Alert, Button, Paper, Stack, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { UnsavedChangesGuard } from "../../../components/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api.ts";
import { useT } from "../../../lib/i18n/index.tsx";
import { describeProblem } from "../field-problems.ts";
import { goToElement, ProblemList } from "../problem-list.tsx";
import { describeEditorTarget, editorTargetId } from "../problem-locations.ts";
import type { VersionView } from "../types.ts";
import { PassRuleEditor } from "./pass-rule-editor.tsx";
import { SaveBar } from "./save-bar.tsx";
import { TreeEditor } from "./tree-editor.tsx";
import { useReferentialDraft } from "./use-referential-draft.ts";
import { ValidityEditor } from "./validity-editor.tsx";

const referentialPrefixes = { block: "B", capacity: "C" };

/** The draft editor: rules, then the tree; everything is local until "Enregistrer". */
export function ReferentialEditor({ view, readPath }: { view: VersionView; readPath: string }) {
  const t = useT();
  const draft = useReferentialDraft(view);
  const errorOf = (target: string) =>
    draft.errors[target]?.map((problem) => describeProblem(problem, t)).join(" ") || undefined;
  const error = draft.save.error;
  const isConflict = error instanceof ApiError && error.code === "REVISION_CONFLICT";
  const isFieldError = error instanceof ApiError && error.code === "VALIDATION_FAILED";
  const problems = Object.entries(draft.errors).map(([target, list]) => ({
    location: describeEditorTarget(target, draft.blocks, t),
    message: list.map((problem) => describeProblem(problem, t)).join(" "),
    targetId: editorTargetId(target),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.submit()) requestAnimationFrame(() => goToElement("editor-problems"));
  };

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard isActive={draft.isDirty} />
      <Stack gap="lg">
        <SaveBar
          isDirty={draft.isDirty}
          isSaving={draft.save.isPending}
          revision={draft.revision}
          readPath={readPath}
          onDiscard={draft.discard}
        />
        {(isConflict || draft.isOutdated) && (
          <Alert color="warning" variant="light" role="alert" title={t("editor.conflictTitle")}>
            <Stack gap="xs" align="flex-start">
              {t("editor.conflictText")}
              <Button variant="outline" color="warning" onClick={draft.reload} loading={draft.isReloading}>
                {t("editor.reload")}
              </Button>
            </Stack>
          </Alert>
        )}
        {!isConflict && !isFieldError && <ErrorAlert error={error} />}
        {(draft.hasTriedToSave || isFieldError) && (
          <div id="editor-problems" tabIndex={-1}>
            <ProblemList
              title={t("editor.problemsTitle")}
              intro={t("editor.problemsIntro")}
              problems={problems}
            />
          </div>
        )}
        <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby="rules-title">
          <Title order={2} size="h3" id="rules-title" mb="sm">
            {t("referential.rules")}
          </Title>
          <Stack gap="lg">
            <PassRuleEditor
              value={draft.passRule}
              onChange={draft.setPassRule}
              blockCodes={draft.blocks.map((block) => block.code.trim()).filter(Boolean)}
              errorOf={errorOf}
            />
            <ValidityEditor value={draft.validity} onChange={draft.setValidity} errorOf={errorOf} />
          </Stack>
        </Paper>
        <Stack gap="sm" component="section" aria-labelledby="blocks-title">
          <Title order={2} size="h3" id="blocks-title">
            {t("referential.blocks")}
          </Title>
          <TreeEditor
            blocks={draft.blocks}
            onChange={draft.setBlocks}
            errors={draft.errors}
            prefixes={referentialPrefixes}
            idPrefix="referential"
            addLabel={t("editor.addBlock")}
            emptyText={t("editor.noBlock")}
          />
        </Stack>
      </Stack>
    </form>
  );
}
