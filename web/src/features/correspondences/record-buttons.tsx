import { Button } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { ExternalCertificationForm } from "./external-certification-form.tsx";
import { RecordCorrespondenceForm } from "./record-correspondence-form.tsx";

const titleKeys = {
  externalCertification: "externalCertificationForm.open",
  correspondence: "correspondenceForm.open",
} as const;
type Form = keyof typeof titleKeys;

/**
 * The secretariat's two entries on the correspondence page: an external certification (so that its
 * blocs can be chosen), and a correspondence. `onDone` receives the sentence announcing what was recorded.
 */
export function CorrespondenceRecordButtons({ onDone }: { onDone: (notice: string) => void }) {
  const t = useT();
  const isSmall = useMediaQuery("(max-width: 48em)");
  const [open, setOpen] = useState<Form | null>(null);
  const close = () => setOpen(null);
  const done = (notice: string) => {
    close();
    onDone(notice);
  };

  return (
    <>
      <Button variant="outline" onClick={() => setOpen("externalCertification")}>
        {t(titleKeys.externalCertification)}
      </Button>
      <Button onClick={() => setOpen("correspondence")}>{t(titleKeys.correspondence)}</Button>
      <Dialog
        opened={open !== null}
        onClose={close}
        title={open ? t(titleKeys[open]) : ""}
        size="xl"
        fullScreen={isSmall}
      >
        {open === "externalCertification" && <ExternalCertificationForm onCreated={done} onCancel={close} />}
        {open === "correspondence" && <RecordCorrespondenceForm onRecorded={done} onCancel={close} />}
      </Dialog>
    </>
  );
}
