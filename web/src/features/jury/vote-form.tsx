import { Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useCastVote } from "./api.ts";
import { decisionHelpKeys, decisionKeys } from "./labels.ts";
import type { Voter } from "./session-abilities.ts";
import { type AgendaItemView, type JuryDecisionKind, juryDecisionKinds } from "./types.ts";
import {
  emptyVoteDraft,
  needsMotivation,
  refusedField,
  toVoteInput,
  type VoteDraft,
  type VoteField,
  voteProblem,
} from "./vote-values.ts";

interface VoteFormProps {
  sessionId: number;
  item: AgendaItemView;
  voter: Voter;
  onVoted: (notice: string) => void;
}

/**
 * One member's vote on one candidate: the decision as four large choices (a finger on a tablet), the
 * blocs acquired for a partial award, the motivation for anything but a full award. A proxy holder
 * fills it a second time for the member they represent.
 */
export function VoteForm({ sessionId, item, voter, onVoted }: VoteFormProps) {
  const t = useT();
  const cast = useCastVote(sessionId, item.pathwayId);
  const [draft, setDraft] = useState<VoteDraft>(emptyVoteDraft);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const blockCodes = item.blocks.map((block) => block.code);
  const problem = voteProblem(draft, blockCodes);
  // What the server refused (a rule this page could not check first) sits beside its field too.
  const refused = cast.error instanceof ApiError ? refusedField(cast.error.code) : null;
  const shown = (hasTriedToSave ? problem : null) ?? refused;
  const errorOf = (field: VoteField) => (shown?.[0] === field ? t(shown[1]) : undefined);
  const idPrefix = `vote-${voter.userId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (problem || draft.decision === null) return;
    const decision = t(decisionKeys[draft.decision]);
    cast.mutate(toVoteInput(draft, voter.isProxy ? voter.userId : null), {
      onSuccess: () =>
        onVoted(
          voter.isProxy
            ? t("vote.castFor", { name: voter.displayName, decision })
            : t("vote.cast", { decision }),
        ),
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={voter.isProxy ? t("vote.titleFor", { name: voter.displayName }) : t("vote.title")}
    >
      <Stack gap="md">
        {!refused && <ErrorAlert error={cast.error} />}
        <Radio.Group
          label={t("vote.decision")}
          required
          value={draft.decision ?? ""}
          onChange={(value) => setDraft((current) => ({ ...current, decision: value as JuryDecisionKind }))}
          error={errorOf("decision")}
          name={`${idPrefix}-decision`}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={6}>
            {juryDecisionKinds.map((decision) => (
              <Radio.Card key={decision} value={decision} withBorder p="sm" mih={64}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text fw={600}>{t(decisionKeys[decision])}</Text>
                    <Text size="sm">{t(decisionHelpKeys[decision])}</Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        {draft.decision === "partial_award" && (
          <Checkbox.Group
            label={t("vote.blocks")}
            description={t("vote.blocksHelp")}
            required
            value={draft.blockCodes}
            onChange={(codes) => setDraft((current) => ({ ...current, blockCodes: codes }))}
            error={errorOf("blockCodes")}
          >
            <Stack gap="xs" mt={6}>
              {item.blocks.map((block) => (
                <Checkbox
                  key={block.code}
                  value={block.code}
                  size="md"
                  label={`${block.code} — ${block.title}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label={t("vote.motivation")}
          description={t("vote.motivationHelp")}
          required={needsMotivation(draft.decision)}
          autosize
          minRows={3}
          value={draft.motivation}
          onChange={(event) => {
            const motivation = event.currentTarget.value;
            setDraft((current) => ({ ...current, motivation }));
          }}
          error={errorOf("motivation")}
        />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={cast.isPending}>
            {t("vote.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
