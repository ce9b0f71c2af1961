import { Button, type ButtonProps, Group, type MantineColor, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useT } from "../lib/i18n/index.tsx";
import { Dialog } from "./dialog.tsx";

interface ConfirmButtonProps extends ButtonProps {
  label: string;
  /** The question in the dialog, naming what will happen. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
  /** Red for what destroys; the primary colour for a step that is final but expected (publishing). */
  confirmColor?: MantineColor;
}

/** A button for an action that cannot be undone lightly: it asks first, in a dialog. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  isPending,
  confirmColor = "danger",
  ...button
}: ConfirmButtonProps) {
  const t = useT();
  const [isOpen, dialog] = useDisclosure(false);
  return (
    <>
      <Button color="danger" variant="outline" size="compact-sm" {...button} onClick={dialog.open}>
        {label}
      </Button>
      <Dialog opened={isOpen} onClose={dialog.close} title={label} centered>
        <Text mb="md">{question}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={dialog.close}>
            {t("common.cancel")}
          </Button>
          <Button
            color={confirmColor}
            loading={isPending}
            onClick={() => {
              onConfirm();
              dialog.close();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Dialog>
    </>
  );
}
