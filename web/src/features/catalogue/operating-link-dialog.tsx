import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { dayOrNull } from "../../lib/use-form-values.ts";

const fields = ["operatedSince", "note"] as const;

export interface OperatingLinkValues {
  otherCode: string;
  operatedSince: string | null;
  note: string;
}

interface OperatingLinkDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Label of the picker: the branch (from a CQPI page) or the CQPI (from a branch page). */
  pickerLabel: string;
  options: { value: string; label: string }[];
  onSave: (values: OperatingLinkValues) => void;
  isPending: boolean;
  error: unknown;
}

/** Records that a branch operates a CQPI: which one, since when, and a note. */
export function OperatingLinkDialog(props: OperatingLinkDialogProps) {
  const t = useT();
  const [otherCode, setOtherCode] = useState<string | null>(null);
  const [operatedSince, setOperatedSince] = useState("");
  const [note, setNote] = useState("");
  const [isPickerMissing, setIsPickerMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!otherCode) {
      setIsPickerMissing(true);
      return;
    }
    props.onSave({ otherCode, operatedSince: dayOrNull(operatedSince), note: note.trim() });
  };

  return (
    <Dialog opened={props.opened} onClose={props.onClose} title={props.title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormErrorAlert error={props.error} fields={fields} />
          <Select
            label={props.pickerLabel}
            required
            searchable
            data={props.options}
            value={otherCode}
            onChange={(value) => {
              setOtherCode(value);
              setIsPickerMissing(false);
            }}
            nothingFoundMessage={t("common.nothingFound")}
            error={isPickerMissing ? t("form.required") : undefined}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="date"
            label={t("link.operatedSince")}
            value={operatedSince}
            onChange={(event) => setOperatedSince(event.currentTarget.value)}
            error={fieldError(props.error, "operatedSince", t)}
          />
          <TextInput
            label={t("link.note")}
            description={t("link.noteHelp")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError(props.error, "note", t)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={props.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
