import { Button, type ButtonProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { Dialog } from "./dialog.tsx";

interface DialogFormButtonProps extends Omit<ButtonProps, "children"> {
  label: string;
  /** The dialog's title: the button's label unless it says more ("Nouvelle version de …"). */
  title?: string;
  "aria-label"?: string;
  dialogSize?: string;
  /** The form, given the function that closes the dialog (on cancel, or once saved). */
  children: (close: () => void) => ReactNode;
}

/** A button that opens a form in a dialog; the dialog unmounts it once closed, so it starts empty each time. */
export function DialogFormButton({
  label,
  title,
  dialogSize = "lg",
  children,
  ...button
}: DialogFormButtonProps) {
  const [isOpen, dialog] = useDisclosure(false);
  return (
    <>
      <Button variant="outline" {...button} onClick={dialog.open}>
        {label}
      </Button>
      <Dialog opened={isOpen} onClose={dialog.close} title={title ?? label} size={dialogSize}>
        {children(dialog.close)}
      </Dialog>
    </>
  );
}
