import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Column } from "../../components/data-table.tsx";
import { formatDay } from "../../lib/format.ts";
import type { Language, Translate } from "../../lib/i18n/index.tsx";
import { jurySessionPagePath } from "./paths.ts";
import { SessionStatusBadge } from "./session-status-badge.tsx";
import type { JurySessionSummary } from "./types.ts";

/**
 * The session list's columns: what a secretariat or a member looks for at a glance (the date opens
 * the session); the place folds under the date so that the table fits a tablet held upright.
 */
export function sessionColumns(t: Translate, language: Language): Column<JurySessionSummary>[] {
  return [
    {
      key: "sittingOn",
      header: t("jurySession.sittingOn"),
      render: (item) => (
        <Stack gap={0}>
          <Anchor component={Link} to={jurySessionPagePath(item.id)} fw={600}>
            {formatDay(item.sittingOn, language)}
          </Anchor>
          <Text size="sm">{item.place ?? t("jurySession.byVideo")}</Text>
        </Stack>
      ),
    },
    {
      key: "branch",
      header: t("jurySession.branch"),
      render: (item) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {item.branchCode}
          </Text>
          <Text size="sm">{item.branchName}</Text>
        </Stack>
      ),
    },
    {
      key: "candidates",
      header: t("jurySessions.candidates"),
      render: (item) =>
        t("jurySessions.decidedCount", { decided: item.decidedCount, total: item.agendaCount }),
    },
    { key: "members", header: t("jurySession.members"), render: (item) => item.memberCount },
    {
      key: "status",
      header: t("jurySession.status"),
      render: (item) => <SessionStatusBadge status={item.status} />,
    },
  ];
}
