import { Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { ApiError } from "../../lib/api.ts";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useBodyDocuments, useRecordDecision } from "./api.ts";
import {
  AdhesionSubjectField,
  QualificationSubjectField,
  VersionSubjectField,
} from "./decision-subject-fields.tsx";
import {
  type DecisionValues,
  decisionFields,
  decisionKindsOf,
  decisionProblems,
  emptyDecision,
  outcomeOf,
  subjectFieldsOf,
  toDecisionInput,
} from "./decision-values.ts";
import { decisionKindKeys, outcomeKeys, outcomeTones } from "./labels.ts";
import type { BodyView, DecisionKind, DecisionView } from "./types.ts";
import { VotesFields } from "./votes-fields.tsx";

const documentsField = "documentVersionIds";

/**
 * Records a decision in a body's register: its kind (those the body takes), date and title, what it
 * concerns, the votes of each college (the outcome they give shown as they are typed) and the versions
 * of the body's documents it rests on.
 */
export function DecisionForm({
  body,
  onCancel,
  onRecorded,
}: {
  body: Pick<BodyView, "id" | "kind">;
  onCancel: () => void;
  onRecorded: (decision: DecisionView) => void;
}) {
  const t = useT();
  const record = useRecordDecision(body.id);
  const library = useBodyDocuments(body.id).data ?? [];
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const [values, setValues] = useState<DecisionValues>(emptyDecision);
  const change = (changes: Partial<DecisionValues>) => setValues((current) => ({ ...current, ...changes }));
  const problems = decisionProblems(values);
  const errorOf = (field: string) => {
    const problem = hasTriedToSave ? problems[field as keyof typeof problems] : undefined;
    return fieldError(record.error, field, t) ?? (problem && t(problem));
  };
  // A cited version outside the library is named by its place in the list: said under the list.
  const documentsErrorKey =
    record.error instanceof ApiError
      ? Object.keys(record.error.fields).find((key) => key.startsWith(documentsField))
      : undefined;
  const shownFields = [...decisionFields, ...(documentsErrorKey ? [documentsErrorKey] : [])];
  const subjects = subjectFieldsOf(values.kind);
  const outcome = outcomeOf(values);
  const subjectProps = { values, onChange: change, errorOf };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.keys(problems).length > 0) return;
    record.mutate(toDecisionInput(values), { onSuccess: onRecorded });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={record.error} fields={shownFields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("decisionForm.kind")}
            required
            data={decisionKindsOf(body.kind).map((kind) => ({
              value: kind,
              label: t(decisionKindKeys[kind]),
            }))}
            value={values.kind || null}
            onChange={(kind) => change({ kind: (kind ?? "") as DecisionKind | "" })}
            error={errorOf("kind")}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="date"
            label={t("decision.date")}
            required
            value={values.decidedOn}
            onChange={(event) => change({ decidedOn: event.currentTarget.value })}
            error={errorOf("decidedOn")}
          />
        </SimpleGrid>
        <TextInput
          label={t("decisionForm.title")}
          description={t("decisionForm.titleHelp")}
          required
          value={values.title}
          onChange={(event) => change({ title: event.currentTarget.value })}
          error={errorOf("title")}
        />
        {subjects.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {subjects.includes("qualificationCode") && <QualificationSubjectField {...subjectProps} />}
            {subjects.includes("version") && values.qualificationCode && (
              <VersionSubjectField {...subjectProps} />
            )}
            {subjects.includes("adhesionRequestId") && <AdhesionSubjectField {...subjectProps} />}
          </SimpleGrid>
        )}
        <VotesFields
          votes={values.votes}
          onChange={(college, choice, count) =>
            setValues((current) => ({
              ...current,
              votes: { ...current.votes, [college]: { ...current.votes[college], [choice]: count } },
            }))
          }
          errorOf={errorOf}
        />
        <Group gap="xs">
          <Text size="sm">{t("decisionForm.outcome")}</Text>
          <StatusBadge tone={outcomeTones[outcome]}>{t(outcomeKeys[outcome])}</StatusBadge>
        </Group>
        <Checkbox.Group
          label={t("decision.documents")}
          description={t(library.length > 0 ? "decisionForm.documentsHelp" : "decisionForm.noDocuments")}
          value={values.documentVersionIds.map(String)}
          onChange={(ids) => change({ documentVersionIds: ids.map(Number) })}
          error={documentsErrorKey && errorOf(documentsErrorKey)}
        >
          <Stack gap="xs" mt="xs">
            {library.flatMap((document) =>
              [...document.versions]
                .sort((a, b) => b.version - a.version)
                .map((version) => (
                  <Checkbox
                    key={version.id}
                    value={String(version.id)}
                    label={t("decisionForm.documentOption", {
                      title: document.title,
                      version: version.version,
                    })}
                  />
                )),
            )}
          </Stack>
        </Checkbox.Group>
        <FormActions
          submitLabel={t("decisionForm.submit")}
          isPending={record.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
