import { Button, Group, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { api } from "../../lib/api.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { scoreLabelKeys, scoreTones } from "../pathways/labels.ts";
import type { CriterionScore } from "../pathways/types.ts";
import { useAssessmentMutation } from "./api.ts";
import type { AssessmentView } from "./types.ts";

const judgementChoices: CriterionScore[] = ["acquired", "partially", "not_acquired"];
type Draft = Record<string, { judgement: CriterionScore | null; comment: string }>;

const draftOf = (view: AssessmentView): Draft =>
  Object.fromEntries(
    view.capacities.map((capacity) => {
      const saved = view.judgements.find((j) => j.capacityCode === capacity.code);
      return [capacity.code, { judgement: saved?.judgement ?? null, comment: saved?.comment ?? "" }];
    }),
  );

/**
 * The evaluator's reading of a submitted booklet: per capacity, acquired, partially or not acquired,
 * with a comment (the bilan counts it once the booklet is closed). Read-only for everybody else.
 */
export function BookletJudgements({ view, canJudge }: { view: AssessmentView; canJudge: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const save = useAssessmentMutation(view.id, (judgements: Draft) =>
    api.put<AssessmentView>(`/api/assessments/${view.id}/judgements`, {
      revision: view.revision,
      judgements: Object.entries(judgements)
        .filter(([, value]) => value.judgement !== null)
        .map(([capacityCode, value]) => ({
          capacityCode,
          judgement: value.judgement,
          comment: value.comment,
        })),
    }),
  );
  const set = (code: string, change: Partial<Draft[string]>) =>
    setDraft((current) => ({ ...current, [code]: { ...current[code]!, ...change } }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="booklet-judgements-title">
      <Title order={2} size="h3" id="booklet-judgements-title">
        {t("booklet.judgementsTitle")}
      </Title>
      {view.capacities.map((capacity) => {
        const value = draft[capacity.code]!;
        const saved = view.judgements.find((j) => j.capacityCode === capacity.code);
        const heading = t("referential.capacityHeading", { code: capacity.code, title: capacity.title });
        if (!canJudge)
          return (
            <Group key={capacity.code} gap="xs" wrap="wrap">
              <Text fw={600}>{heading}</Text>
              {saved ? (
                <StatusBadge tone={scoreTones[saved.judgement]}>
                  {t(scoreLabelKeys[saved.judgement])}
                </StatusBadge>
              ) : (
                <StatusBadge tone="neutral">{t("booklet.notJudged")}</StatusBadge>
              )}
              {saved?.comment && <Text size="sm">{saved.comment}</Text>}
            </Group>
          );
        return (
          <Stack key={capacity.code} gap="xs">
            <Radio.Group
              label={heading}
              value={value.judgement ?? ""}
              onChange={(judgement) => set(capacity.code, { judgement: judgement as CriterionScore })}
            >
              <Group gap="md" mt={4}>
                {judgementChoices.map((choice) => (
                  <Radio key={choice} value={choice} label={t(scoreLabelKeys[choice])} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={t("booklet.judgementComment", { code: capacity.code })}
              autosize
              minRows={1}
              value={value.comment}
              onChange={(event) => set(capacity.code, { comment: event.currentTarget.value })}
            />
          </Stack>
        );
      })}
      <ErrorAlert error={save.error} />
      {canJudge && (
        <Group justify="flex-end">
          <Button onClick={() => save.mutate(draft)} loading={save.isPending}>
            {t("booklet.saveJudgements")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
