import { Button, Group, Stack, Text } from "@mantine/core";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import type { Me } from "../auth/types.ts";
import { useTransition } from "./api.ts";
import { eventLabelKeys, eventQuestionKeys } from "./labels.ts";
import { availableEvents, endingEvents } from "./transitions.ts";
import type { PathwayDetail, PathwayEvent } from "./types.ts";

/** The next steps of the pathway this user may take now; a refusal is explained in a sentence. */
export function PathwayActions({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const t = useT();
  const transition = useTransition(pathway.id);
  const events = availableEvents(pathway, me.role);
  if (events.length === 0) return null;
  const steps = events.filter((event) => !endingEvents.includes(event));
  const endings = events.filter((event) => endingEvents.includes(event));
  const isPendingFor = (event: PathwayEvent) => transition.isPending && transition.variables === event;

  return (
    <Stack gap="xs" component="section" aria-label={t("pathway.actions")}>
      <ErrorAlert error={transition.error} title={t("pathway.transitionRefused")} />
      {transition.isSuccess && (
        <Text role="status" size="sm">
          {t("pathway.transitionDone", { event: t(eventLabelKeys[transition.variables]) })}
        </Text>
      )}
      <Group gap="sm">
        {steps.map((event) => (
          <Button
            key={event}
            loading={isPendingFor(event)}
            disabled={transition.isPending}
            onClick={() => transition.mutate(event)}
          >
            {t(eventLabelKeys[event])}
          </Button>
        ))}
        {endings.map((event) => (
          <ConfirmButton
            key={event}
            size="sm"
            label={t(eventLabelKeys[event])}
            question={t(eventQuestionKeys[event] ?? eventLabelKeys[event])}
            confirmLabel={t(eventLabelKeys[event])}
            isPending={isPendingFor(event)}
            onConfirm={() => transition.mutate(event)}
          />
        ))}
      </Group>
    </Stack>
  );
}
