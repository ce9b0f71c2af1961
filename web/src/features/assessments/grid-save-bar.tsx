import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import type { SaveStatus } from "./use-assessment-grid.ts";

interface GridSaveBarProps {
  status: SaveStatus;
  hasUnsavedChanges: boolean;
  progress: { scored: number; total: number } | null;
  canSave: boolean;
  onSave: () => void;
  /** The closing button, for those who may close the assessment. */
  closeButton?: ReactNode;
}

/** Stays in view while scrolling a long grid: whether the server has everything, and the buttons. */
export function GridSaveBar({
  status,
  hasUnsavedChanges,
  progress,
  canSave,
  onSave,
  closeButton,
}: GridSaveBarProps) {
  const { t, language } = useLanguage();
  const isSaved = status.kind === "idle" && !hasUnsavedChanges;
  const message = {
    idle: hasUnsavedChanges ? t("grid.unsaved") : t("grid.saved"),
    saving: t("grid.saving"),
    retrying: t("grid.retrying"),
    conflict: t("grid.conflict"),
    failed: t("grid.failed"),
  }[status.kind];
  const isWarning = !isSaved && status.kind !== "saving";

  return (
    <Paper
      withBorder
      shadow="xs"
      p="sm"
      style={{ position: "sticky", top: "calc(var(--app-shell-header-height, 60px) + 0.5rem)", zIndex: 10 }}
    >
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Text role="status" fw={700} c={isWarning ? "warning.9" : isSaved ? "success.9" : undefined}>
            {message}
          </Text>
          <Text size="sm">
            {status.kind === "retrying"
              ? t("grid.keptOnDevice")
              : progress &&
                t("grid.progress", {
                  scored: formatNumber(progress.scored, language),
                  total: formatNumber(progress.total, language),
                })}
          </Text>
        </Stack>
        {canSave && (
          <Group gap="xs">
            {closeButton}
            <Button
              onClick={onSave}
              loading={status.kind === "saving"}
              disabled={status.kind === "conflict" || !hasUnsavedChanges}
            >
              {t("common.save")}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
