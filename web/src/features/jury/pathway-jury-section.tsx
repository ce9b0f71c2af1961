import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { juryAccess } from "../../../../src/modules/jury/policy.ts";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatInstant } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { canManageJurySessions } from "../auth/policy.ts";
import type { Me, Role } from "../auth/types.ts";
import type { PathwayDetail } from "../pathways/types.ts";
import { AppealAnswerForm } from "./appeal-answer-form.tsx";
import { AppealForm } from "./appeal-form.tsx";
import { appealAbility, localToday } from "./appeal-values.ts";
import { DecisionSummary } from "./decision-summary.tsx";
import { appealStatusKeys, appealStatusTones } from "./labels.ts";
import { juryExtractPath, jurySessionPagePath, minutesPath } from "./paths.ts";
import type { AppealView, PathwayJuryView } from "./types.ts";

interface PathwayJurySectionProps {
  pathway: PathwayDetail;
  jury: PathwayJuryView;
  me: Me;
}

/**
 * The jury's decision on the pathway, with its session and minutes for the secretariat, and the
 * appeals against it with their answers.
 */
export function PathwayJurySection({ pathway, jury, me }: PathwayJurySectionProps) {
  const { t } = useLanguage();
  const { decision } = jury;
  if (!decision && jury.appeals.length === 0) return null;

  const blocks = pathway.referential.blocks.map((block) => ({ code: block.code, title: block.title }));
  const blockTitle = (code: string) => {
    const block = blocks.find((candidate) => candidate.code === code);
    return block ? `${block.code} — ${block.title}` : code;
  };
  const isManager = canManageJurySessions(me);
  const mayReadExtract = (juryAccess.readExtract as readonly Role[]).includes(me.role);

  return (
    <Stack gap="sm" component="section" aria-labelledby="pathway-jury-title">
      <Title order={2} size="h3" id="pathway-jury-title">
        {t("pathwayJury.title")}
      </Title>
      {decision ? (
        <DecisionSummary decision={decision} blockTitle={blockTitle} />
      ) : (
        <Text>{t("pathwayJury.none")}</Text>
      )}
      {decision && mayReadExtract && (
        <Anchor href={juryExtractPath(pathway.id)} download fw={600}>
          {t("pathwayJury.extract")} ↓
        </Anchor>
      )}
      <AppealForm pathwayId={pathway.id} ability={appealAbility(me.role, jury, localToday())} />
      {decision && isManager && (
        <Group gap="md">
          <Anchor component={Link} to={jurySessionPagePath(decision.sessionId)}>
            {t("pathwayJury.openSession")} →
          </Anchor>
          <Anchor href={minutesPath(decision.sessionId)} download fw={600}>
            {t("jurySession.minutes")} ↓
          </Anchor>
        </Group>
      )}
      {jury.appeals.length > 0 && (
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("pathwayJury.appeals")}
          </Title>
          {jury.appeals.map((appeal) => (
            <Stack key={appeal.id} gap="sm">
              <AppealItem appeal={appeal} />
              {isManager && appeal.status === "lodged" && (
                <AppealAnswerForm appeal={appeal} blocks={blocks} />
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AppealItem({ appeal }: { appeal: AppealView }) {
  const { t, language } = useLanguage();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>{t("appeal.lodgedOn", { date: formatInstant(appeal.lodgedAt, language) })}</Text>
          <StatusBadge tone={appealStatusTones[appeal.status]}>
            {t(appealStatusKeys[appeal.status])}
          </StatusBadge>
        </Group>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {appeal.grounds}
        </Text>
        {appeal.answer && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <Text span fw={600} size="sm">
              {t("appeal.answeredOn", { date: formatInstant(appeal.answeredAt, language) })}
              {t("common.colon")}
            </Text>
            {appeal.answer}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
