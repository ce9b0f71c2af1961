import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import type { Me } from "../auth/types.ts";
import { useManagedBranchOptions } from "../catalogue/use-managed-branch-options.ts";
import { useCreateJurySession } from "./api.ts";
import { type SessionField, type SessionValues, sessionFields, sessionProblems } from "./session-values.ts";
import type { JurySessionDetail } from "./types.ts";

/** Plans a session of a branch's jury: the branch, the day, the room or the video link. */
export function SessionForm({ me, onCreated }: { me: Me; onCreated: (session: JurySessionDetail) => void }) {
  const t = useT();
  const create = useCreateJurySession();
  const branchOptions = useManagedBranchOptions(me);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const { values, setValue } = useFormValues<SessionValues>({
    branchCode: me.role === "branch_officer" && me.branchCodes.length === 1 ? me.branchCodes[0]! : "",
    sittingOn: "",
    place: "",
    videoLink: "",
  });
  const problems = sessionProblems(values);
  const errorOf = (field: SessionField) => {
    const message = fieldError(create.error, field, t);
    if (message) return message;
    const problem = hasTriedToSave ? problems[field] : undefined;
    return problem ? t(problem) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      {
        branchCode: values.branchCode,
        sittingOn: values.sittingOn,
        ...(values.place.trim() ? { place: values.place.trim() } : {}),
        ...(values.videoLink.trim() ? { videoLink: values.videoLink.trim() } : {}),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={create.error} fields={sessionFields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("jurySession.branch")}
            required
            searchable
            data={branchOptions}
            value={values.branchCode || null}
            onChange={(code) => setValue("branchCode", code ?? "")}
            error={errorOf("branchCode")}
            nothingFoundMessage={t("common.nothingFound")}
          />
          <TextInput
            type="date"
            label={t("jurySession.sittingOn")}
            required
            value={values.sittingOn}
            onChange={(event) => setValue("sittingOn", event.currentTarget.value)}
            error={errorOf("sittingOn")}
          />
        </SimpleGrid>
        <TextInput
          label={t("jurySession.place")}
          description={t("jurySession.placeHelp")}
          value={values.place}
          onChange={(event) => setValue("place", event.currentTarget.value)}
          error={errorOf("place")}
        />
        <TextInput
          type="url"
          label={t("jurySession.videoLink")}
          description={t("jurySession.videoLinkHelp")}
          value={values.videoLink}
          onChange={(event) => setValue("videoLink", event.currentTarget.value)}
          error={errorOf("videoLink")}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t("jurySession.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
