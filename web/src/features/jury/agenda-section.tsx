import { Anchor, Button, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { AgendaPicker } from "./agenda-picker.tsx";
import { decisionKeys } from "./labels.ts";
import { deliberationPagePath } from "./paths.ts";
import { canEditComposition } from "./session-abilities.ts";
import { DecisionBadge } from "./session-status-badge.tsx";
import { type AgendaItemView, type JurySessionDetail, juryDecisionKinds } from "./types.ts";

interface AgendaSectionProps {
  session: JurySessionDetail;
  onNotice: (notice: string) => void;
}

/**
 * The candidates on the agenda: each opens its deliberation page; the votes cast so far per decision
 * (refreshed live while the session sits) and the decision once the deliberation is closed.
 */
export function AgendaSection({ session, onNotice }: AgendaSectionProps) {
  const t = useT();
  const [isAdding, setIsAdding] = useState(false);

  const columns: Column<AgendaItemView>[] = [
    {
      key: "candidate",
      header: t("agenda.candidate"),
      render: (item) => (
        <Stack gap={0}>
          <Anchor component={Link} to={deliberationPagePath(session.id, item.pathwayId)} fw={600}>
            {item.candidate.displayName}
          </Anchor>
          <Text size="sm">{`${item.qualificationCode} — ${item.qualificationTitle}`}</Text>
        </Stack>
      ),
    },
    {
      key: "deliberation",
      header: t("agenda.deliberation"),
      render: (item) => (
        <StatusBadge tone={item.deliberation === "closed" ? "positive" : "warning"}>
          {t(item.deliberation === "closed" ? "deliberationStatus.closed" : "deliberationStatus.open")}
        </StatusBadge>
      ),
    },
    {
      key: "votes",
      header: t("agenda.votes"),
      render: (item) => (
        <Stack gap={0}>
          <Text size="sm">{t("agenda.votesOf", { count: item.votes.length, base: item.tally.base })}</Text>
          {juryDecisionKinds
            .filter((decision) => item.tally.total[decision] > 0)
            .map((decision) => (
              <Text key={decision} size="sm">
                {t("agenda.votesFor", {
                  decision: t(decisionKeys[decision]),
                  count: item.tally.total[decision],
                })}
              </Text>
            ))}
        </Stack>
      ),
    },
    {
      key: "decision",
      header: t("agenda.decision"),
      render: (item) => (item.decision ? <DecisionBadge decision={item.decision.decision} /> : "—"),
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h3" id="agenda-title">
        {t("agenda.title")}
      </Title>
      {canEditComposition(session) && (
        <div>
          <Button variant="default" onClick={() => setIsAdding(true)}>
            {t("agenda.add")}
          </Button>
        </div>
      )}
      <DataTable
        caption={t("agenda.caption")}
        columns={columns}
        rows={session.agenda}
        rowKey={(item) => item.pathwayId}
        emptyText={t("agenda.empty")}
        minWidth={640}
      />
      <Dialog opened={isAdding} onClose={() => setIsAdding(false)} title={t("agenda.add")} size="lg">
        <AgendaPicker
          session={session}
          onCancel={() => setIsAdding(false)}
          onDone={(notice) => {
            setIsAdding(false);
            onNotice(notice);
          }}
        />
      </Dialog>
    </Stack>
  );
}
