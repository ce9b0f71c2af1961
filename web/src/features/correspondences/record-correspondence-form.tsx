import { Alert, Button, Group, Radio, Select, Stack, Text } from "@mantine/core";
import { type FormEvent, useCallback, useState } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useQualifications } from "../catalogue/api.ts";
import { useExternalCertifications, useRecordCorrespondence } from "./api.ts";
import { CorrespondenceEndPicker } from "./correspondence-end-picker.tsx";
import {
  type CorrespondenceField,
  correspondenceFields,
  type EndValues,
  emptyCorrespondence,
  missingCorrespondenceFields,
  toRecordCorrespondenceInput,
} from "./correspondence-values.ts";
import { certificationOptions } from "./end-options.ts";
import { correspondenceKindKeys, endLabel } from "./labels.ts";
import { recognisingDecisionOptions } from "./recognising-decisions.ts";
import { type CorrespondenceKind, correspondenceKinds } from "./types.ts";
import { useDecisionsOfBodies } from "./use-decisions-of-bodies.ts";

const everything = { q: "", limit: 200, offset: 0 };

const kindHelpKeys = {
  exact: "correspondenceForm.kindHelp.exact",
  partial: "correspondenceForm.kindHelp.partial",
  related: "correspondenceForm.kindHelp.related",
} as const;

/**
 * Records a correspondence a body recognised: its two ends, its kind (what it carries over) and the
 * adopted decision that recognised it. `onRecorded` receives the sentence announcing it.
 */
export function RecordCorrespondenceForm(props: {
  onRecorded: (notice: string) => void;
  onCancel: () => void;
}) {
  const { t, language } = useLanguage();
  const record = useRecordCorrespondence();
  const [values, setValues] = useState(emptyCorrespondence);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const qualifications = useQualifications(everything).data?.items ?? [];
  const externals = useExternalCertifications().data ?? [];
  const { bodies, decisions, isLoaded } = useDecisionsOfBodies(true);
  const decisionOptions = recognisingDecisionOptions(decisions, bodies, t, language);
  const certificationData = certificationOptions(qualifications, externals, t);
  const missing = hasTriedToSave ? missingCorrespondenceFields(values) : [];
  const errorOf = (field: CorrespondenceField) =>
    missing.includes(field) ? t("form.required") : fieldError(record.error, field, t);
  // Stable setters: each end picker sets its default version once its CQPI's versions are read.
  const setFrom = useCallback((from: EndValues) => setValues((current) => ({ ...current, from })), []);
  const setTo = useCallback((to: EndValues) => setValues((current) => ({ ...current, to })), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    const input = toRecordCorrespondenceInput(values);
    if (!input) return;
    record.mutate(input, {
      onSuccess: (recorded) =>
        props.onRecorded(
          t("correspondenceForm.recorded", {
            from: endLabel(recorded.from),
            to: endLabel(recorded.to),
            kind: t(correspondenceKindKeys[recorded.kind]),
          }),
        ),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("correspondenceForm.intro")}</Text>
        <FormErrorAlert error={record.error} fields={correspondenceFields} />
        {(["from", "to"] as const).map((side) => (
          <CorrespondenceEndPicker
            key={side}
            side={side}
            value={values[side]}
            onChange={side === "from" ? setFrom : setTo}
            certificationData={certificationData}
            externals={externals}
            errorOf={(field) => errorOf(`${side}.${field}`)}
          />
        ))}
        <Radio.Group
          label={t("correspondenceForm.kind")}
          required
          value={values.kind}
          onChange={(kind) => setValues((current) => ({ ...current, kind: kind as CorrespondenceKind }))}
          error={errorOf("kind")}
        >
          <Stack gap="xs" mt={4}>
            {correspondenceKinds.map((kind) => (
              <Radio
                key={kind}
                value={kind}
                label={t(correspondenceKindKeys[kind])}
                description={t(kindHelpKeys[kind])}
              />
            ))}
          </Stack>
        </Radio.Group>
        {isLoaded && decisionOptions.length === 0 && (
          <Alert color="warning" variant="light">
            {t("correspondenceForm.noDecision")}
          </Alert>
        )}
        <Select
          label={t("correspondenceForm.decision")}
          description={t("correspondenceForm.decisionHelp")}
          required
          searchable
          data={decisionOptions}
          value={values.decisionId || null}
          onChange={(id) => setValues((current) => ({ ...current, decisionId: id ?? "" }))}
          nothingFoundMessage={t("common.nothingFound")}
          error={errorOf("decisionId")}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t("correspondenceForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
