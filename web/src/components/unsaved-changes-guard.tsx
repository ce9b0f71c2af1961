import { Button, Group, Text } from "@mantine/core";
import { useEffect } from "react";
import { useBlocker } from "react-router";
import { useT } from "../lib/i18n/index.tsx";
import { Dialog } from "./dialog.tsx";

/**
 * While `isActive`, leaving the page asks first: links and the back button open a dialog, closing
 * or reloading the tab gets the browser's own warning.
 */
export function UnsavedChangesGuard({ isActive }: { isActive: boolean }) {
  const t = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isActive && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!isActive) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isActive]);

  return (
    <Dialog
      opened={blocker.state === "blocked"}
      onClose={() => blocker.reset?.()}
      title={t("unsaved.title")}
      centered
    >
      <Text mb="md">{t("unsaved.question")}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t("unsaved.stay")}
        </Button>
        <Button color="danger" onClick={() => blocker.proceed?.()}>
          {t("unsaved.leave")}
        </Button>
      </Group>
    </Dialog>
  );
}
