import { Alert } from "@mantine/core";
import { useT } from "../lib/i18n/index.tsx";

/** The outcome of what the user just did ("Habilitation révoquée"), announced politely, dismissable. */
export function NoticeAlert({ notice, onClose }: { notice: string | null; onClose: () => void }) {
  const t = useT();
  if (!notice) return null;
  return (
    <Alert
      color="success"
      variant="light"
      withCloseButton
      closeButtonLabel={t("common.close")}
      onClose={onClose}
      role="status"
    >
      {notice}
    </Alert>
  );
}
