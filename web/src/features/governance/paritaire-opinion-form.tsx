import { Group, Radio, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { colleges } from "../../../../src/modules/governance/rules.ts";
import { FormActions } from "../../components/form-actions.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { type MessageKey, useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import { type OpinionField, type OpinionValues, opinionFields, opinionProblems } from "./adhesion-values.ts";
import { useRecordOpinion } from "./api.ts";
import { collegeKeys } from "./labels.ts";
import type { AdhesionView, Opinion } from "./types.ts";

const opinionChoiceKeys = {
  favourable: "opinionForm.favourable",
  unfavourable: "opinionForm.unfavourable",
} as const satisfies Record<Opinion, MessageKey>;
const opinions = Object.keys(opinionChoiceKeys) as Opinion[];

/** Records the CPNE's paritaire opinion on a branch's adhesion request: its date and each college's opinion. */
export function ParitaireOpinionForm({
  request,
  onCancel,
  onRecorded,
}: {
  request: AdhesionView;
  onCancel: () => void;
  onRecorded: (request: AdhesionView) => void;
}) {
  const t = useT();
  const record = useRecordOpinion();
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const { values, setValue } = useFormValues<OpinionValues>({ givenOn: "", employer: "", employee: "" });
  const problems = opinionProblems(values, request.requestedOn);
  const errorOf = (field: OpinionField) => {
    const problem = hasTriedToSave ? problems[field] : undefined;
    return fieldError(record.error, field, t) ?? (problem && t(problem));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.keys(problems).length > 0 || !values.employer || !values.employee) return;
    const input = { givenOn: values.givenOn, employer: values.employer, employee: values.employee };
    record.mutate({ adhesionId: request.id, input }, { onSuccess: onRecorded });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={record.error} fields={opinionFields} />
        <TextInput
          type="date"
          label={t("opinionForm.givenOn")}
          required
          value={values.givenOn}
          onChange={(event) => setValue("givenOn", event.currentTarget.value)}
          error={errorOf("givenOn")}
        />
        {colleges.map((college) => (
          <Radio.Group
            key={college}
            label={t(collegeKeys[college])}
            required
            value={values[college]}
            onChange={(opinion) => setValue(college, opinion as Opinion)}
            error={errorOf(college)}
          >
            <Group mt="xs">
              {opinions.map((opinion) => (
                <Radio key={opinion} value={opinion} label={t(opinionChoiceKeys[opinion])} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <FormActions submitLabel={t("opinionForm.submit")} isPending={record.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
