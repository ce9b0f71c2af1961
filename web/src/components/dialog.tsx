import { Modal, type ModalProps } from "@mantine/core";
import { useRef } from "react";
import { useT } from "../lib/i18n/index.tsx";

/**
 * Mantine's modal with a named close button (its icon-only button has no accessible name otherwise),
 * which keeps its title while it fades out: a dialog closed by clearing what it was about would
 * otherwise stay on screen for its transition as a dialog without a name.
 */
export function Dialog(props: ModalProps) {
  const t = useT();
  const lastTitle = useRef(props.title);
  if (props.title) lastTitle.current = props.title;
  return (
    <Modal
      {...props}
      title={props.title || lastTitle.current}
      closeButtonProps={{ "aria-label": t("common.close"), ...props.closeButtonProps }}
    />
  );
}
