import { Button, Group, Stack, Text } from "@mantine/core";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { describeProblems, problemsOfRefusal } from "../../lib/error-messages.ts";
import { useT } from "../../lib/i18n/index.tsx";
import type { Me } from "../auth/types.ts";
import { useTransition } from "./api.ts";
import { eventLabelKeys, eventQuestionKeys } from "./labels.ts";
import { availableMoves, endingEvents, type OfferedMove } from "./transitions.ts";
import type { PathwayDetail, PathwayEvent } from "./types.ts";

/**
 * The next steps of the pathway this user may take; one that cannot be made yet is disabled, with the
 * reason beside it (the server's own guard, sent with the pathway). A refusal is explained in a sentence.
 */
export function PathwayActions({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const t = useT();
  const transition = useTransition(pathway.id);
  const moves = availableMoves(pathway, me.role);
  if (moves.length === 0) return null;
  const steps = moves.filter((move) => !endingEvents.includes(move.event));
  const endings = moves.filter((move) => endingEvents.includes(move.event));
  const isPendingFor = (event: PathwayEvent) => transition.isPending && transition.variables === event;
  const reasonId = (move: OfferedMove) => `move-reason-${move.event}`;
  const reasonOf = (move: OfferedMove) =>
    move.refusal && (
      <Text id={reasonId(move)} size="sm" c="dimmed">
        {describeProblems(problemsOfRefusal(move.refusal) ?? [], t)}
      </Text>
    );

  return (
    <Stack gap="xs" component="section" aria-label={t("pathway.actions")}>
      <ErrorAlert error={transition.error} title={t("pathway.transitionRefused")} />
      {transition.isSuccess && (
        <Text role="status" size="sm">
          {t("pathway.transitionDone", { event: t(eventLabelKeys[transition.variables]) })}
        </Text>
      )}
      {steps.map((move) => (
        <Group key={move.event} gap="sm">
          <Button
            loading={isPendingFor(move.event)}
            disabled={transition.isPending || move.refusal !== null}
            aria-describedby={move.refusal ? reasonId(move) : undefined}
            onClick={() => transition.mutate(move.event)}
          >
            {t(eventLabelKeys[move.event])}
          </Button>
          {reasonOf(move)}
        </Group>
      ))}
      {endings.map((move) => (
        <Group key={move.event} gap="sm">
          <ConfirmButton
            size="sm"
            label={t(eventLabelKeys[move.event])}
            question={t(eventQuestionKeys[move.event] ?? eventLabelKeys[move.event])}
            confirmLabel={t(eventLabelKeys[move.event])}
            isPending={isPendingFor(move.event)}
            disabled={move.refusal !== null}
            aria-describedby={move.refusal ? reasonId(move) : undefined}
            onConfirm={() => transition.mutate(move.event)}
          />
          {reasonOf(move)}
        </Group>
      ))}
    </Stack>
  );
}
