import { Button, Group, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useCastVote } from "./api.ts";
import { BlocksChoice, DecisionChoice } from "./decision-fields.tsx";
import { decisionKeys } from "./labels.ts";
import type { Voter } from "./session-abilities.ts";
import type { AgendaItemView } from "./types.ts";
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
        <DecisionChoice
          label={t("vote.decision")}
          name={`vote-${voter.userId}-decision`}
          value={draft.decision}
          onChange={(decision) => setDraft((current) => ({ ...current, decision }))}
          error={errorOf("decision")}
        />
        {draft.decision === "partial_award" && (
          <BlocksChoice
            blocks={item.blocks}
            value={draft.blockCodes}
            onChange={(blockCodes) => setDraft((current) => ({ ...current, blockCodes }))}
            error={errorOf("blockCodes")}
          />
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
