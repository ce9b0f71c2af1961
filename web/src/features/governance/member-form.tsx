import { Group, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { colleges } from "../../../../src/modules/governance/rules.ts";
import { FormActions } from "../../components/form-actions.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import { useAddMember } from "./api.ts";
import { collegeKeys } from "./labels.ts";
import {
  emptyMember,
  type MemberField,
  type MemberValues,
  memberFields,
  memberProblems,
  toMemberInput,
} from "./member-values.ts";
import type { College, MemberView } from "./types.ts";

/** Adds a member to a body: the person, their college and organisation, and the mandate's dates. */
export function MemberForm({
  bodyId,
  onCancel,
  onAdded,
}: {
  bodyId: number;
  onCancel: () => void;
  onAdded: (member: MemberView) => void;
}) {
  const t = useT();
  const add = useAddMember(bodyId);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const { values, setValue } = useFormValues<MemberValues>(emptyMember());
  const problems = memberProblems(values);
  const errorOf = (field: MemberField) => {
    const problem = hasTriedToSave ? problems[field] : undefined;
    return fieldError(add.error, field, t) ?? (problem && t(problem));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.keys(problems).length > 0) return;
    add.mutate(toMemberInput(values), { onSuccess: onAdded });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={add.error} fields={memberFields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("member.fullName")}
            description={t("memberForm.fullNameHelp")}
            required
            value={values.fullName}
            onChange={(event) => setValue("fullName", event.currentTarget.value)}
            error={errorOf("fullName")}
          />
          <TextInput
            label={t("member.organisation")}
            description={t("memberForm.organisationHelp")}
            required
            value={values.organisation}
            onChange={(event) => setValue("organisation", event.currentTarget.value)}
            error={errorOf("organisation")}
          />
        </SimpleGrid>
        <Radio.Group
          label={t("member.college")}
          required
          value={values.college}
          onChange={(college) => setValue("college", college as College)}
          error={errorOf("college")}
        >
          <Group mt="xs">
            {colleges.map((college) => (
              <Radio key={college} value={college} label={t(collegeKeys[college])} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t("memberForm.mandateStart")}
            required
            value={values.mandateStart}
            onChange={(event) => setValue("mandateStart", event.currentTarget.value)}
            error={errorOf("mandateStart")}
          />
          <TextInput
            type="date"
            label={t("memberForm.mandateEnd")}
            description={t("memberForm.mandateEndHelp")}
            value={values.mandateEnd}
            onChange={(event) => setValue("mandateEnd", event.currentTarget.value)}
            error={errorOf("mandateEnd")}
          />
        </SimpleGrid>
        <FormActions submitLabel={t("memberForm.submit")} isPending={add.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
