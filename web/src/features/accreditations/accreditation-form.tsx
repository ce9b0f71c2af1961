import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import type { Me } from "../auth/types.ts";
import {
  operatedQualificationOptions,
  useOperatedQualifications,
} from "../catalogue/operated-qualifications.ts";
import { useManagedBranchOptions } from "../catalogue/use-managed-branch-options.ts";
import { useCreateAccreditation } from "./api.ts";
import { EvaluatorSearchSelect } from "./evaluator-search-select.tsx";

const fields = ["evaluatorUserId", "qualificationCode", "branchCode", "validFrom", "validUntil"] as const;

/** Accredits an evaluator for a CQPI in a branch, for a period. */
export function AccreditationForm({ me, onDone }: { me: Me; onDone: () => void }) {
  const t = useT();
  const create = useCreateAccreditation();
  const branchOptions = useManagedBranchOptions(me);
  const { values, setValue } = useFormValues({
    evaluatorUserId: null as number | null,
    qualificationCode: "",
    branchCode: me.role === "branch_officer" && me.branchCodes.length === 1 ? me.branchCodes[0]! : "",
    validFrom: new Date().toISOString().slice(0, 10),
    validUntil: "",
  });
  // Only the CQPIs the chosen branch operates: its evaluators assess those.
  const operated = useOperatedQualifications(values.branchCode);
  const qualificationOptions = operatedQualificationOptions(operated.branch, values.branchCode);
  const errorOf = (field: (typeof fields)[number]) => {
    return fieldError(create.error, field, t);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        evaluatorUserId: values.evaluatorUserId ?? 0,
        qualificationCode: values.qualificationCode,
        branchCode: values.branchCode,
        validFrom: values.validFrom,
        validUntil: values.validUntil,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={create.error} fields={fields} />
        <EvaluatorSearchSelect
          value={values.evaluatorUserId}
          onChange={(userId) => setValue("evaluatorUserId", userId)}
          error={errorOf("evaluatorUserId")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("pathway.branch")}
            required
            searchable
            data={branchOptions}
            value={values.branchCode || null}
            onChange={(code) => {
              setValue("branchCode", code ?? "");
              setValue("qualificationCode", "");
            }}
            nothingFoundMessage={t("common.nothingFound")}
            error={errorOf("branchCode")}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t("pathway.qualification")}
            required
            searchable
            description={t("accreditation.qualificationHelp")}
            disabled={!values.branchCode}
            data={qualificationOptions}
            value={values.qualificationCode || null}
            onChange={(code) => setValue("qualificationCode", code ?? "")}
            nothingFoundMessage={t("accreditation.noOperatedQualification")}
            error={errorOf("qualificationCode")}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="date"
            label={t("accreditation.validFrom")}
            required
            value={values.validFrom}
            onChange={(event) => setValue("validFrom", event.currentTarget.value)}
            error={errorOf("validFrom")}
          />
          <TextInput
            type="date"
            label={t("accreditation.validUntil")}
            description={t("accreditation.validUntilHelp")}
            required
            value={values.validUntil}
            onChange={(event) => setValue("validUntil", event.currentTarget.value)}
            error={errorOf("validUntil")}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("accreditation.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
