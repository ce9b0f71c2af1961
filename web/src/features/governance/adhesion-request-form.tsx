import { Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useRequestAdhesion } from "./api.ts";
import type { AdhesionView } from "./types.ts";

const fields = ["requestedOn", "motivation"] as const;

/** Files a branch's request to adhere to the CQPI charter: the day it is filed and the branch's motivation. */
export function AdhesionRequestForm({
  branchCode,
  onCancel,
  onRequested,
}: {
  branchCode: string;
  onCancel: () => void;
  onRequested: (request: AdhesionView) => void;
}) {
  const t = useT();
  const request = useRequestAdhesion(branchCode);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const [requestedOn, setRequestedOn] = useState("");
  const [motivation, setMotivation] = useState("");
  const isDateMissing = hasTriedToSave && !requestedOn;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (!requestedOn) return;
    request.mutate({ requestedOn, motivation: motivation.trim() }, { onSuccess: onRequested });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={request.error} fields={fields} />
        <TextInput
          type="date"
          label={t("adhesionForm.requestedOn")}
          required
          value={requestedOn}
          onChange={(event) => setRequestedOn(event.currentTarget.value)}
          error={
            fieldError(request.error, "requestedOn", t) ?? (isDateMissing ? t("form.required") : undefined)
          }
        />
        <Textarea
          label={t("adhesionForm.motivation")}
          description={t("adhesionForm.motivationHelp")}
          autosize
          minRows={3}
          value={motivation}
          onChange={(event) => setMotivation(event.currentTarget.value)}
          error={fieldError(request.error, "motivation", t)}
        />
        <FormActions
          submitLabel={t("adhesionForm.submit")}
          isPending={request.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
