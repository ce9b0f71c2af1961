import { Button, Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { describeFieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import type { Me } from "../auth/types.ts";
import { describeProblem } from "../referentials/field-problems.ts";
import { CompanySelect } from "../users/company-select.tsx";
import { useSaveCandidate } from "./api.ts";
import {
  type BirthPlaceKind,
  type CandidateFormValues,
  candidateFormValuesOf,
  checkCandidateForm,
  emptyCandidateForm,
  formFieldOf,
  toCandidateInput,
} from "./candidate-values.ts";
import { NewCompanyButton } from "./new-company-button.tsx";
import { type Candidate, type EmploymentStatus, employmentStatuses } from "./types.ts";

const requestFields = [
  "birthName",
  "usageName",
  "firstNames",
  "birthDate",
  "sex",
  "birthInseeCode",
  "birthPostalCode",
  "birthCity",
  "birthCountryCode",
  "birthCountry",
  "email",
  "phone",
  "employmentStatus",
  "companyId",
  "hasPriorCertification",
  "userId",
] as const;

const today = () => new Date().toISOString().slice(0, 10);

interface CandidateFormProps {
  me: Me;
  /** The record to correct; without it, a new candidate is registered. */
  candidate?: Candidate;
  onSaved: (candidate: Candidate) => void;
}

/**
 * Registers a candidate's identity, as the Caisse des Dépôts declaration will need it, or corrects a
 * registered one's (identity, contact, employer): the same fields and checks either way.
 */
export function CandidateForm({ me, candidate, onSaved }: CandidateFormProps) {
  const t = useT();
  const { values, setValue } = useFormValues<CandidateFormValues>(
    candidate ? candidateFormValuesOf(candidate) : emptyCandidateForm,
  );
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveCandidate(candidate?.id);
  const isEmployer = me.role === "employer";
  const problems = hasTriedToSave
    ? checkCandidateForm(values, { today: today(), needsCompany: !isEmployer })
    : {};
  const serverProblems =
    save.error instanceof ApiError
      ? Object.fromEntries(
          Object.entries(save.error.fields).map(([field, problem]) => [
            formFieldOf(field),
            describeFieldError(problem, t),
          ]),
        )
      : {};
  const errorOf = (field: keyof CandidateFormValues): string | undefined => {
    const problem = problems[field];
    return problem ? describeProblem(problem, t) : serverProblems[field];
  };

  const change = <Field extends keyof CandidateFormValues>(
    field: Field,
    value: CandidateFormValues[Field],
  ) => {
    save.reset();
    setValue(field, value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.keys(checkCandidateForm(values, { today: today(), needsCompany: !isEmployer })).length > 0)
      return;
    save.mutate(toCandidateInput(values, isEmployer), { onSuccess: onSaved });
  };

  const text = (field: keyof CandidateFormValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={values[field] as string}
      onChange={(event) => change(field, event.currentTarget.value as never)}
      error={errorOf(field)}
      {...extra}
    />
  );

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={t(candidate ? "candidate.editFormTitle" : "candidate.formTitle")}
    >
      <Stack>
        <FormErrorAlert error={save.error} fields={requestFields} />
        <Fieldset legend={t("candidate.identity")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text("birthName", t("candidate.birthName"), { required: true, autoComplete: "off" })}
            {text("usageName", t("candidate.usageName"), { description: t("candidate.usageNameHelp") })}
            {text("firstNames", t("candidate.firstNames"), {
              required: true,
              description: t("candidate.firstNamesHelp"),
            })}
            {text("birthDate", t("candidate.birthDate"), { required: true, type: "date", max: today() })}
          </SimpleGrid>
          <Radio.Group
            mt="md"
            label={t("candidate.sex")}
            required
            value={values.sex}
            onChange={(sex) => change("sex", sex as CandidateFormValues["sex"])}
            error={errorOf("sex")}
          >
            <Group mt={4}>
              <Radio value="F" label={t("candidate.sex.F")} />
              <Radio value="M" label={t("candidate.sex.M")} />
            </Group>
          </Radio.Group>
        </Fieldset>
        <Fieldset legend={t("candidate.birthPlace")}>
          <Radio.Group
            label={t("candidate.birthPlaceKind")}
            value={values.birthPlaceKind}
            onChange={(kind) => change("birthPlaceKind", kind as BirthPlaceKind)}
          >
            <Stack gap={6} mt={4}>
              <Radio value="insee" label={t("candidate.birthPlaceKind.insee")} />
              <Radio value="postal" label={t("candidate.birthPlaceKind.postal")} />
              <Radio value="abroad" label={t("candidate.birthPlaceKind.abroad")} />
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
            {values.birthPlaceKind !== "abroad" &&
              text(
                "birthPlaceCode",
                t(values.birthPlaceKind === "insee" ? "candidate.inseeCode" : "candidate.postalCode"),
                {
                  required: true,
                  description: t(
                    values.birthPlaceKind === "insee"
                      ? "candidate.inseeCodeHelp"
                      : "candidate.postalCodeHelp",
                  ),
                },
              )}
            {text("birthCity", t("candidate.birthCity"))}
            {values.birthPlaceKind === "abroad" && (
              <>
                {text("birthCountry", t("candidate.birthCountry"), { required: true })}
                {text("birthCountryCode", t("candidate.birthCountryCode"), {
                  required: true,
                  description: t("candidate.birthCountryCodeHelp"),
                  maxLength: 3,
                })}
              </>
            )}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("candidate.contact")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text("email", t("candidate.email"), { type: "email", autoComplete: "off" })}
            {text("phone", t("candidate.phone"), { type: "tel", autoComplete: "off" })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("candidate.situation")}>
          <Radio.Group
            label={t("candidate.employmentStatus")}
            required
            value={values.employmentStatus}
            onChange={(status) => change("employmentStatus", status as EmploymentStatus)}
            error={errorOf("employmentStatus")}
          >
            <Group mt={4}>
              {employmentStatuses.map((status) => (
                <Radio key={status} value={status} label={t(`candidate.employmentStatus.${status}`)} />
              ))}
            </Group>
          </Radio.Group>
          {!isEmployer && values.employmentStatus !== "job_seeker" && values.employmentStatus !== "" && (
            <Group align="flex-end" mt="md" gap="sm">
              <div style={{ flex: "1 1 18rem" }}>
                <CompanySelect
                  label={t("candidate.company")}
                  description={t(
                    values.employmentStatus === "temporary_worker"
                      ? "candidate.companyHelpTemporary"
                      : "candidate.companyHelp",
                  )}
                  value={values.companyId}
                  onChange={(companyId) => change("companyId", companyId)}
                  error={errorOf("companyId")}
                />
              </div>
              <NewCompanyButton me={me} onCreated={(company) => change("companyId", company.id)} />
            </Group>
          )}
          <Checkbox
            mt="md"
            label={t("candidate.hasPriorCertification")}
            description={t("candidate.hasPriorCertificationHelp")}
            checked={values.hasPriorCertification}
            onChange={(event) => change("hasPriorCertification", event.currentTarget.checked)}
          />
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t(candidate ? "candidate.saveChanges" : "candidate.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
