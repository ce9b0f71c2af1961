import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useJurySessions } from "../jury/api.ts";
import { jurySessionPagePath, jurySessionsPagePath } from "../jury/paths.ts";

/** A jury member's way in: the sessions they sit in that are planned or being held, each a link. */
export function JurySessionsCard() {
  const { t, language } = useLanguage();
  const query = { branchCode: "", limit: 10, offset: 0 };
  const planned = useJurySessions({ ...query, status: "planned" }).data;
  const sitting = useJurySessions({ ...query, status: "in_progress" }).data;
  const sessions = [...(sitting?.items ?? []), ...(planned?.items ?? [])];
  const total = planned && sitting ? planned.total + sitting.total : undefined;

  return (
    <Card withBorder padding="lg" radius="md" component="section">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("juryHome.title")}
        </Title>
        <Text>
          {t("juryHome.text", { count: total === undefined ? "…" : formatNumber(total, language) })}
        </Text>
        {total === 0 && <Text>{t("juryHome.none")}</Text>}
        {sessions.map((session) => (
          <Anchor key={session.id} component={Link} to={jurySessionPagePath(session.id)} fw={600}>
            {t("juryHome.session", {
              date: formatDay(session.sittingOn, language),
              branch: session.branchName,
              count: session.agendaCount,
            })}{" "}
            →
          </Anchor>
        ))}
        <Anchor component={Link} to={jurySessionsPagePath}>
          {t("juryHome.link")} →
        </Anchor>
      </Stack>
    </Card>
  );
}
