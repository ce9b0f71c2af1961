import { Button, Checkbox, Group, Stack, Textarea, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { dayOrNull, useFormValues } from "../../lib/use-form-values.ts";
import type { BranchInput } from "./types.ts";

const fields = ["code", "name", "federation", "isPartner", "charterAdhesionDate", "description"] as const;

interface BranchFormProps {
  initial?: BranchInput;
  /** The code identifies the branch in addresses: it is chosen at creation and never edited. */
  isNew: boolean;
  onSubmit: (input: BranchInput) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}

export function BranchForm({ initial, isNew, onSubmit, onCancel, isPending, error }: BranchFormProps) {
  const t = useT();
  const { values, setValue } = useFormValues({
    code: initial?.code ?? "",
    name: initial?.name ?? "",
    federation: initial?.federation ?? "",
    isPartner: initial?.isPartner ?? false,
    charterAdhesionDate: initial?.charterAdhesionDate ?? "",
    description: initial?.description ?? "",
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      ...values,
      code: values.code.trim(),
      charterAdhesionDate: dayOrNull(values.charterAdhesionDate),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        <FormErrorAlert error={error} fields={fields} />
        {isNew && (
          <TextInput
            label={t("branch.code")}
            description={t("branch.codeHelp")}
            required
            value={values.code}
            onChange={(event) => setValue("code", event.currentTarget.value.toUpperCase())}
            error={fieldError(error, "code", t)}
          />
        )}
        <TextInput
          label={t("branch.name")}
          required
          value={values.name}
          onChange={(event) => setValue("name", event.currentTarget.value)}
          error={fieldError(error, "name", t)}
        />
        <TextInput
          label={t("branch.federation")}
          required
          value={values.federation}
          onChange={(event) => setValue("federation", event.currentTarget.value)}
          error={fieldError(error, "federation", t)}
        />
        <Checkbox
          label={t("branch.isPartnerLabel")}
          checked={values.isPartner}
          onChange={(event) => setValue("isPartner", event.currentTarget.checked)}
          error={fieldError(error, "isPartner", t)}
        />
        {/* Once the branch exists, only the CQPI committee's decision on its adhesion request dates it. */}
        {isNew && (
          <TextInput
            type="date"
            label={t("branch.charterAdhesionDate")}
            description={t("branch.charterAdhesionDateHelp")}
            value={values.charterAdhesionDate}
            onChange={(event) => setValue("charterAdhesionDate", event.currentTarget.value)}
            error={fieldError(error, "charterAdhesionDate", t)}
          />
        )}
        <Textarea
          label={t("branch.description")}
          autosize
          minRows={3}
          value={values.description}
          onChange={(event) => setValue("description", event.currentTarget.value)}
          error={fieldError(error, "description", t)}
        />
        <Group>
          <Button type="submit" loading={isPending}>
            {isNew ? t("common.create") : t("common.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
