import { Button, Group, Stack } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { describeFieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useDeleteDraft, usePublishVersion } from "./api.ts";
import { qualificationPagePath, versionEditPath } from "./paths.ts";
import { ProblemList } from "./problem-list.tsx";
import { describeServerPath, readTreeItemId } from "./problem-locations.ts";
import type { VersionView } from "./types.ts";

/** Admin, on a draft: edit it, publish it (for good), or delete it. */
export function DraftActions({ view, treeIdPrefix }: { view: VersionView; treeIdPrefix: string }) {
  const t = useT();
  const navigate = useNavigate();
  const code = view.qualificationCode;
  const publish = usePublishVersion(code, view.version);
  const remove = useDeleteDraft(code, view.version);
  const error = publish.error;
  const isIncomplete = error instanceof ApiError && error.code === "VERSION_INCOMPLETE";
  const problems = isIncomplete
    ? Object.entries(error.fields).map(([path, problem]) => {
        const { location, indices } = describeServerPath(path, view.blocks, "blocks", t);
        return {
          location,
          message: describeFieldError(problem, t),
          targetId: path.startsWith("blocks") ? readTreeItemId(treeIdPrefix, indices) : undefined,
        };
      })
    : [];

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Button component={Link} to={versionEditPath(code, view.version)}>
          {t("common.edit")}
        </Button>
        <ConfirmButton
          size="sm"
          variant="outline"
          color="blue"
          confirmColor="blue"
          label={t("version.publish")}
          question={t("version.publishQuestion", { version: view.version })}
          confirmLabel={t("version.publish")}
          isPending={publish.isPending}
          onConfirm={() => publish.mutate(undefined)}
        />
        <ConfirmButton
          size="sm"
          label={t("version.deleteDraft")}
          question={t("version.deleteDraftQuestion", { version: view.version })}
          confirmLabel={t("version.deleteDraft")}
          isPending={remove.isPending}
          onConfirm={() =>
            remove.mutate(undefined, { onSuccess: () => navigate(qualificationPagePath(code)) })
          }
        />
      </Group>
      {isIncomplete ? (
        <ProblemList
          title={t("version.incompleteTitle")}
          intro={t("version.incompleteIntro")}
          problems={problems}
        />
      ) : (
        <ErrorAlert error={error} />
      )}
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}
