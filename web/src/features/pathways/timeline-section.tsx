import { Stack, Text, Timeline, Title } from "@mantine/core";
import { formatInstant } from "../../lib/format.ts";
import { type MessageKey, useLanguage } from "../../lib/i18n/index.tsx";
import { eventLabelKeys, statusLabelKeys } from "./labels.ts";
import {
  type PathwayDetail,
  type PathwayEvent,
  type PathwayTimelineFact,
  pathwayEvents,
  pathwayTimelineFacts,
} from "./types.ts";

const isKnownEvent = (event: string): event is PathwayEvent =>
  (pathwayEvents as readonly string[]).includes(event);

/** Events that are not moves of the transition table: the registration, and facts recorded by other modules. */
const otherEventKeys: Record<string, MessageKey> = {
  register: "pathwayEvent.register",
  ...({
    appeal_lodged: "pathwayEvent.appeal_lodged",
    appeal_upheld: "pathwayEvent.appeal_upheld",
    appeal_dismissed: "pathwayEvent.appeal_dismissed",
  } satisfies Record<PathwayTimelineFact, MessageKey>),
};
/** A fact leaves the status as it was: the entry says what happened, not a move. */
const isFact = (event: string) => (pathwayTimelineFacts as readonly string[]).includes(event);

/** Every status change of the pathway: what, from which status to which, who, when (newest last). */
export function TimelineSection({ pathway }: { pathway: PathwayDetail }) {
  const { t, language } = useLanguage();
  const eventLabel = (event: string) => {
    if (isKnownEvent(event)) return t(eventLabelKeys[event]);
    const key = otherEventKeys[event];
    return key ? t(key) : event;
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h3" id="timeline-title">
        {t("timeline.title")}
      </Title>
      {pathway.timeline.length === 0 ? (
        <Text>{t("timeline.empty")}</Text>
      ) : (
        <Timeline active={pathway.timeline.length - 1} bulletSize={16} lineWidth={2}>
          {pathway.timeline.map((entry) => (
            <Timeline.Item key={`${entry.occurredAt}-${entry.event}`} title={eventLabel(entry.event)}>
              <Text size="sm" hidden={isFact(entry.event)}>
                {entry.fromStatus
                  ? t("timeline.move", {
                      from: t(statusLabelKeys[entry.fromStatus]),
                      to: t(statusLabelKeys[entry.toStatus]),
                    })
                  : t("timeline.start", { to: t(statusLabelKeys[entry.toStatus]) })}
              </Text>
              <Text size="sm">
                {t("timeline.by", {
                  actor: entry.actorName ?? t("timeline.system"),
                  when: formatInstant(entry.occurredAt, language),
                })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
