import { Anchor, Button, Group, Paper, Text } from "@mantine/core";
import { Link } from "react-router";
import { ConfirmButton } from "../../../components/confirm-button.tsx";
import { useT } from "../../../lib/i18n/index.tsx";

interface SaveBarProps {
  isDirty: boolean;
  isSaving: boolean;
  revision: number;
  readPath: string;
  onDiscard: () => void;
}

/** Stays in view while scrolling a long tree: whether there is something to save, and the button. */
export function SaveBar({ isDirty, isSaving, revision, readPath, onDiscard }: SaveBarProps) {
  const t = useT();
  return (
    <Paper
      withBorder
      shadow="xs"
      p="sm"
      style={{ position: "sticky", top: "calc(var(--app-shell-header-height, 60px) + 0.5rem)", zIndex: 10 }}
    >
      <Group justify="space-between" gap="sm">
        <Text role="status" fw={600} c={isDirty ? "warning.9" : "success.9"}>
          {isDirty ? t("editor.unsaved") : t("editor.saved", { revision })}
        </Text>
        <Group gap="xs">
          <Anchor component={Link} to={readPath} size="sm">
            {t("editor.backToVersion")}
          </Anchor>
          {isDirty && (
            <ConfirmButton
              size="sm"
              variant="default"
              color="dark"
              label={t("editor.discard")}
              question={t("editor.discardQuestion")}
              confirmLabel={t("editor.discard")}
              onConfirm={onDiscard}
            />
          )}
          <Button type="submit" loading={isSaving}>
            {t("common.save")}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
