import { Button, Group, Text } from "@mantine/core";
import { Dialog } from "../../components/dialog.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import type { EvidenceFile } from "./types.ts";

interface DeleteEvidenceDialogProps {
  /** The file to delete; null keeps the dialog closed. */
  file: EvidenceFile | null;
  isPending: boolean;
  onClose: () => void;
  onConfirm: (file: EvidenceFile) => void;
}

/** Asks before an evidence file is deleted: the file is erased, not kept aside. */
export function DeleteEvidenceDialog({ file, isPending, onClose, onConfirm }: DeleteEvidenceDialogProps) {
  const t = useT();
  return (
    <Dialog
      opened={file !== null}
      onClose={onClose}
      title={file ? t("evidence.deleteTitle", { fileName: file.fileName }) : ""}
      centered
    >
      {file && (
        <>
          <Text mb="md">{t("evidence.deleteQuestion", { fileName: file.fileName })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button color="danger" loading={isPending} onClick={() => onConfirm(file)}>
              {t("evidence.delete")}
            </Button>
          </Group>
        </>
      )}
    </Dialog>
  );
}
