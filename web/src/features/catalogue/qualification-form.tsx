import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { dayOrNull, useFormValues } from "../../lib/use-form-values.ts";
import type { QualificationInput } from "./types.ts";

const fields = ["code", "title", "description", "rncpCode", "createdOn"] as const;

interface QualificationFormProps {
  initial?: QualificationInput;
  /** The code identifies the CQPI in addresses: it is chosen at creation and never edited. */
  isNew: boolean;
  onSubmit: (input: QualificationInput) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}

export function QualificationForm({
  initial,
  isNew,
  onSubmit,
  onCancel,
  isPending,
  error,
}: QualificationFormProps) {
  const t = useT();
  const { values, setValue } = useFormValues({
    code: initial?.code ?? "",
    title: initial?.title ?? "",
    description: initial?.description ?? "",
    rncpCode: initial?.rncpCode ?? "",
    createdOn: initial?.createdOn ?? "",
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      ...values,
      code: values.code.trim(),
      rncpCode: values.rncpCode.trim() === "" ? null : values.rncpCode.trim(),
      createdOn: dayOrNull(values.createdOn),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        <FormErrorAlert error={error} fields={fields} />
        {isNew && (
          <TextInput
            label={t("qualification.code")}
            description={t("qualification.codeHelp")}
            required
            value={values.code}
            onChange={(event) => setValue("code", event.currentTarget.value.toUpperCase())}
            error={fieldError(error, "code", t)}
          />
        )}
        <TextInput
          label={t("qualification.title")}
          required
          value={values.title}
          onChange={(event) => setValue("title", event.currentTarget.value)}
          error={fieldError(error, "title", t)}
        />
        <TextInput
          label={t("qualification.rncpCode")}
          description={t("qualification.rncpCodeHelp")}
          value={values.rncpCode}
          onChange={(event) => setValue("rncpCode", event.currentTarget.value)}
          error={fieldError(error, "rncpCode", t)}
        />
        <TextInput
          type="date"
          label={t("qualification.createdOn")}
          value={values.createdOn}
          onChange={(event) => setValue("createdOn", event.currentTarget.value)}
          error={fieldError(error, "createdOn", t)}
        />
        <Textarea
          label={t("qualification.description")}
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
