import { Alert, Button, Group, Radio, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import type { Me } from "../auth/types.ts";
import type { Candidate } from "../candidates/types.ts";
import {
  operatedQualificationOptions,
  useOperatedQualifications,
} from "../catalogue/operated-qualifications.ts";
import { useManagedBranchOptions } from "../catalogue/use-managed-branch-options.ts";
import { useAdoptedQualificationCodes, useRegisterPathway } from "./api.ts";
import { routeLabelKeys } from "./labels.ts";
import { type PathwayDetail, type PathwayRoute, pathwayRoutes } from "./types.ts";

const fields = [
  "candidateId",
  "qualificationCode",
  "branchCode",
  "route",
  "registeredOn",
  "fromCertificate",
] as const;

interface RegisterPathwayFormProps {
  me: Me;
  candidate: Candidate | null;
  onRegistered: (pathway: PathwayDetail) => void;
}

/**
 * The pathway itself: the branch, a CQPI its CPNE adopted, the route, the day of registration and,
 * optionally, a certificate of the candidate whose capacities it starts with.
 */
export function RegisterPathwayForm({ me, candidate, onRegistered }: RegisterPathwayFormProps) {
  const t = useT();
  const register = useRegisterPathway();
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const { values, setValue } = useFormValues({
    branchCode: me.role === "branch_officer" && me.branchCodes.length === 1 ? me.branchCodes[0]! : "",
    qualificationCode: "",
    route: "" as PathwayRoute | "",
    registeredOn: "",
    fromCertificate: "",
  });
  const branchOptions = useManagedBranchOptions(me);
  const operated = useOperatedQualifications(values.branchCode);
  const adopted = useAdoptedQualificationCodes(values.branchCode, operated.operatedCodes);
  const qualificationOptions = operatedQualificationOptions(operated.branch, values.branchCode, (code) =>
    adopted.codes.includes(code),
  );

  const required = (value: string) => (hasTriedToSave && value === "" ? t("problem.required") : undefined);
  const errorOf = (field: (typeof fields)[number], value = "x") => {
    return fieldError(register.error, field, t) ?? required(value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (!candidate || !values.branchCode || !values.qualificationCode || !values.route) return;
    register.mutate(
      {
        candidateId: candidate.id,
        branchCode: values.branchCode,
        qualificationCode: values.qualificationCode,
        route: values.route,
        ...(values.registeredOn ? { registeredOn: values.registeredOn } : {}),
        ...(values.fromCertificate.trim() ? { fromCertificate: values.fromCertificate.trim() } : {}),
      },
      { onSuccess: onRegistered },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={register.error} fields={fields} />
        {hasTriedToSave && !candidate && (
          <Alert color="danger" variant="light" role="alert">
            {t("registration.candidateMissing")}
          </Alert>
        )}
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
            error={errorOf("branchCode", values.branchCode)}
          />
          <Select
            label={t("pathway.qualification")}
            description={t("registration.qualificationHelp")}
            required
            searchable
            disabled={!values.branchCode}
            data={qualificationOptions}
            value={values.qualificationCode || null}
            onChange={(code) => setValue("qualificationCode", code ?? "")}
            nothingFoundMessage={t("registration.noAdoptedQualification")}
            error={errorOf("qualificationCode", values.qualificationCode)}
          />
        </SimpleGrid>
        {values.branchCode &&
          !operated.isPending &&
          !adopted.isPending &&
          qualificationOptions.length === 0 && (
            <Alert color="warning" variant="light">
              {t("registration.branchHasNoAdoption", { branch: values.branchCode })}
            </Alert>
          )}
        <Radio.Group
          label={t("pathway.route")}
          required
          value={values.route}
          onChange={(route) => setValue("route", route as PathwayRoute)}
          error={errorOf("route", values.route)}
        >
          <Stack gap={6} mt={4}>
            {pathwayRoutes.map((route) => (
              <Radio
                key={route}
                value={route}
                label={t(routeLabelKeys[route])}
                description={t(`pathwayRoute.${route}.help`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          type="date"
          label={t("pathway.registeredOn")}
          description={t("registration.registeredOnHelp")}
          value={values.registeredOn}
          onChange={(event) => setValue("registeredOn", event.currentTarget.value)}
          error={errorOf("registeredOn")}
          maw={260}
        />
        <TextInput
          label={t("registration.fromCertificate")}
          description={t("registration.fromCertificateHelp")}
          value={values.fromCertificate}
          onChange={(event) => setValue("fromCertificate", event.currentTarget.value)}
          error={errorOf("fromCertificate")}
          autoComplete="off"
          maw={520}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={register.isPending}>
            {t("registration.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
