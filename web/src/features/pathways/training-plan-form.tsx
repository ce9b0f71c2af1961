import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { decimalSeparator } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import { useRecordTrainingPlan } from "./api.ts";
import type { PathwayDetail } from "./types.ts";

const fields = [
  "capacityCodes",
  "organisation",
  "plannedHours",
  "startDate",
  "endDate",
  "trainerUserId",
  "trainerName",
] as const;

/** Records a training plan on the gaps: the capacities (the gaps at first), who trains, how long, when. */
export function TrainingPlanForm({ pathway, onDone }: { pathway: PathwayDetail; onDone: () => void }) {
  const { t, language } = useLanguage();
  const record = useRecordTrainingPlan(pathway.id);
  const { values, setValue } = useFormValues({
    capacityCodes: pathway.gaps.map((gap) => gap.capacityCode),
    organisation: "",
    plannedHours: "" as string | number,
    startDate: "",
    endDate: "",
    trainerName: "",
    trainerUserId: "" as string | number,
  });
  const errorOf = (field: (typeof fields)[number]) => {
    return fieldError(record.error, field, t);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        capacityCodes: values.capacityCodes,
        organisation: values.organisation.trim(),
        plannedHours: Number(values.plannedHours),
        startDate: values.startDate,
        endDate: values.endDate,
        trainerName: values.trainerName.trim(),
        trainerUserId: values.trainerUserId === "" ? null : Number(values.trainerUserId),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={record.error} fields={fields} />
        <Checkbox.Group
          label={t("trainingPlan.capacities")}
          description={t("trainingPlan.capacitiesHelp")}
          required
          value={values.capacityCodes}
          onChange={(codes) => setValue("capacityCodes", codes)}
          error={errorOf("capacityCodes")}
        >
          <Stack gap={6} mt={4}>
            {pathway.referential.blocks.flatMap((block) =>
              block.capacities.map((capacity) => (
                <Checkbox
                  key={capacity.code}
                  value={capacity.code}
                  label={t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
                />
              )),
            )}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t("trainingPlan.organisation")}
          description={t("trainingPlan.organisationHelp")}
          required
          autosize
          minRows={2}
          value={values.organisation}
          onChange={(event) => setValue("organisation", event.currentTarget.value)}
          error={errorOf("organisation")}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t("trainingPlan.plannedHours")}
            required
            min={0}
            decimalSeparator={decimalSeparator(language)}
            value={values.plannedHours}
            onChange={(value) => setValue("plannedHours", value)}
            error={errorOf("plannedHours")}
          />
          <TextInput
            type="date"
            label={t("trainingPlan.startDate")}
            required
            value={values.startDate}
            onChange={(event) => setValue("startDate", event.currentTarget.value)}
            error={errorOf("startDate")}
          />
          <TextInput
            type="date"
            label={t("trainingPlan.endDate")}
            required
            value={values.endDate}
            onChange={(event) => setValue("endDate", event.currentTarget.value)}
            error={errorOf("endDate")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("trainingPlan.trainerName")}
            required
            value={values.trainerName}
            onChange={(event) => setValue("trainerName", event.currentTarget.value)}
            error={errorOf("trainerName")}
          />
          <NumberInput
            label={t("trainingPlan.trainerUserId")}
            description={t("trainingPlan.trainerUserIdHelp")}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={values.trainerUserId}
            onChange={(value) => setValue("trainerUserId", value)}
            error={errorOf("trainerUserId")}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t("trainingPlan.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
