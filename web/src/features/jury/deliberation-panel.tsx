import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { describeProblems, problemsOfRefusal } from "../../lib/error-messages.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useCloseDeliberation } from "./api.ts";
import { DecisionSummary } from "./decision-summary.tsx";
import { decisionKeys } from "./labels.ts";
import { QuorumAlert } from "./quorum-alert.tsx";
import {
  canCloseDeliberation,
  deliberationCloseRefusal,
  isVotingOpen,
  votersOf,
} from "./session-abilities.ts";
import { TallyTable } from "./tally-table.tsx";
import type { AgendaItemView, JurySessionDetail } from "./types.ts";
import { VoteForm } from "./vote-form.tsx";

interface DeliberationPanelProps {
  session: JurySessionDetail;
  item: AgendaItemView;
  userId: number;
  onNotice: (notice: string) => void;
}

/**
 * The deliberation on one candidate: the decision once closed; otherwise the caller's vote (and the
 * one they cast with a proxy), the tally so far and, for the president, closing the deliberation.
 */
export function DeliberationPanel({ session, item, userId, onNotice }: DeliberationPanelProps) {
  const t = useT();
  const close = useCloseDeliberation(session.id);
  const voters = votersOf(session, item, userId);
  const blockTitle = (code: string) => {
    const block = item.blocks.find((candidate) => candidate.code === code);
    return block ? `${block.code} — ${block.title}` : code;
  };
  const isOpen = isVotingOpen(session, item);
  const closeRefusal = deliberationCloseRefusal(session, item);

  return (
    <Stack gap="md">
      {item.decision && <DecisionSummary decision={item.decision} blockTitle={blockTitle} />}
      {item.deliberation === "open" && session.status !== "closed" && !session.quorum.hasQuorum && (
        <QuorumAlert quorum={session.quorum} />
      )}
      {item.deliberation === "open" &&
        session.viewer.seat !== null &&
        voters.length === 0 &&
        session.viewer.presence !== null && <Text>{t("vote.notPresent")}</Text>}
      {voters.map((voter) => {
        const titleId = `vote-title-${voter.userId}`;
        return (
          <Paper key={voter.userId} withBorder p="md" component="section" aria-labelledby={titleId}>
            <Stack gap="sm">
              <Title order={2} size="h3" id={titleId}>
                {voter.isProxy ? t("vote.titleFor", { name: voter.displayName }) : t("vote.title")}
              </Title>
              {voter.vote ? (
                <Text role="status">
                  {voter.isProxy
                    ? t("vote.alreadyFor", {
                        name: voter.displayName,
                        decision: t(decisionKeys[voter.vote.decision]),
                      })
                    : t("vote.already", { decision: t(decisionKeys[voter.vote.decision]) })}
                </Text>
              ) : isOpen ? (
                <VoteForm sessionId={session.id} item={item} voter={voter} onVoted={onNotice} />
              ) : (
                session.status !== "closed" &&
                item.deliberation === "open" && <Text>{t("vote.waitingQuorum")}</Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      <Stack gap="sm" component="section" aria-labelledby="tally-title">
        <Title order={2} size="h3" id="tally-title">
          {t("tally.title")}
        </Title>
        <TallyTable tally={item.tally} caption={t("tally.caption")} />
      </Stack>
      {canCloseDeliberation(session, item) && (
        <Stack gap="xs">
          <ErrorAlert error={close.error} title={t("jurySession.actionRefused")} />
          <Group gap="sm">
            <ConfirmButton
              size="md"
              variant="filled"
              color="blue"
              confirmColor="blue"
              label={t("deliberation.close")}
              question={t("deliberation.closeQuestion")}
              confirmLabel={t("deliberation.close")}
              isPending={close.isPending}
              disabled={closeRefusal !== null}
              aria-describedby={closeRefusal ? "close-deliberation-reason" : undefined}
              onConfirm={() =>
                close.mutate(item.pathwayId, { onSuccess: () => onNotice(t("deliberation.closedNotice")) })
              }
            />
            {closeRefusal && (
              <Text id="close-deliberation-reason" size="sm" c="dimmed">
                {describeProblems(problemsOfRefusal(closeRefusal) ?? [], t)}
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
