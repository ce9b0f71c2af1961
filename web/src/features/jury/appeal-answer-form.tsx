import { Button, Group, Radio, Stack, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useAnswerAppeal } from "./api.ts";
import { BlocksChoice, DecisionChoice } from "./decision-fields.tsx";
import type { AppealView } from "./types.ts";
import { emptyVoteDraft, type VoteDraft, voteProblem } from "./vote-values.ts";

type Outcome = "upheld" | "dismissed";

/**
 * The secretariat records the answer of the jury that heard an appeal: dismissed, the decision
 * stands; upheld, the new decision (checked by the same ballot rule as a vote, the answer being its
 * motivation) replaces it and moves the pathway.
 */
export function AppealAnswerForm({
  appeal,
  blocks,
}: {
  appeal: AppealView;
  blocks: { code: string; title: string }[];
}) {
  const t = useT();
  const answerAppeal = useAnswerAppeal(appeal.id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [answer, setAnswer] = useState("");
  const [draft, setDraft] = useState<VoteDraft>(emptyVoteDraft);
  const [hasTried, setHasTried] = useState(false);

  const decisionProblem =
    outcome === "upheld"
      ? voteProblem(
          { ...draft, motivation: answer },
          blocks.map((b) => b.code),
        )
      : null;
  const problems = {
    outcome: outcome === null ? t("appealAnswer.problem.outcome") : undefined,
    answer: answer.trim() === "" ? t("appealAnswer.problem.answer") : undefined,
    decision: decisionProblem?.[0] === "decision" ? t(decisionProblem[1]) : undefined,
    blockCodes: decisionProblem?.[0] === "blockCodes" ? t(decisionProblem[1]) : undefined,
  };
  const shown = (field: keyof typeof problems) => (hasTried ? problems[field] : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTried(true);
    if (outcome === null || Object.values(problems).some(Boolean)) return;
    const decision =
      outcome === "upheld" && draft.decision
        ? {
            decision: draft.decision,
            ...(draft.decision === "partial_award" && { blockCodes: draft.blockCodes }),
          }
        : undefined;
    // Answered, the appeal is no longer lodged: the refetched page shows its answer instead of this form.
    answerAppeal.mutate({ outcome, answer, ...(decision && { decision }) });
  };
  const titleId = `appeal-answer-${appeal.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={titleId}>
          {t("appealAnswer.title")}
        </Title>
        <ErrorAlert error={answerAppeal.error} />
        <Radio.Group
          label={t("appealAnswer.outcome")}
          required
          value={outcome}
          onChange={(value) => setOutcome(value as Outcome)}
          error={shown("outcome")}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="upheld" label={t("appealAnswer.upheld")} />
            <Radio value="dismissed" label={t("appealAnswer.dismissed")} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("appealAnswer.answer")}
          description={t("appealAnswer.answerHelp")}
          required
          autosize
          minRows={3}
          value={answer}
          onChange={(event) => setAnswer(event.currentTarget.value)}
          error={shown("answer")}
        />
        {outcome === "upheld" && (
          <DecisionChoice
            label={t("appealAnswer.newDecision")}
            name={`appeal-${appeal.id}-decision`}
            value={draft.decision}
            onChange={(decision) => setDraft((current) => ({ ...current, decision }))}
            error={shown("decision")}
          />
        )}
        {outcome === "upheld" && draft.decision === "partial_award" && (
          <BlocksChoice
            blocks={blocks}
            value={draft.blockCodes}
            onChange={(blockCodes) => setDraft((current) => ({ ...current, blockCodes }))}
            error={shown("blockCodes")}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={answerAppeal.isPending}>
            {t("appealAnswer.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
