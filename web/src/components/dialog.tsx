import { Modal, type ModalProps } from "@mantine/core";
import { useT } from "../lib/i18n/index.tsx";

/** Mantine's modal with a named close button (its icon-only button has no accessible name otherwise). */
export function Dialog(props: ModalProps) {
  const t = useT();
  return (
    <Modal {...props} closeButtonProps={{ "aria-label": t("common.close"), ...props.closeButtonProps }} />
  );
}
