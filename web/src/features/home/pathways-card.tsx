import { Anchor, Card, List, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatNumber } from "../../lib/format.ts";
import { type MessageKey, useLanguage } from "../../lib/i18n/index.tsx";
import type { Me, Role } from "../auth/types.ts";
import { usePathways } from "../pathways/api.ts";
import { pathwayListTitleKeys, statusLabelKeys } from "../pathways/labels.ts";
import { pathwayPagePath, pathwaysPagePath } from "../pathways/paths.ts";
import {
  type PathwayStatus,
  pathwayStatuses,
  worklistStageStatuses,
  worklistStages,
} from "../pathways/types.ts";
import { worklistStageKeys } from "../pathways/worklist-tabs.tsx";

const textKeys: Partial<Record<Role, MessageKey>> = {
  admin: "home.pathways.admin",
  branch_officer: "home.pathways.branch_officer",
  evaluator: "home.pathways.evaluator",
  employer: "home.pathways.employer",
  candidate: "home.pathways.candidate",
};

/**
 * The way into the user's pathways from the home page, with how many there are in each status: the
 * branch's, the evaluator's worklist, the employer's employees'; a candidate's own pathways by name.
 */
export function PathwaysCard({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const isCandidate = me.role === "candidate";
  const { data } = usePathways({
    status: "",
    qualificationCode: "",
    companyId: "",
    evaluatorUserId: "",
    q: "",
    limit: isCandidate ? 5 : 1,
    offset: 0,
  });
  const title = t(pathwayListTitleKeys[me.role].title);
  const countOf = (statuses: readonly PathwayStatus[]) =>
    statuses.reduce((sum, status) => sum + (data?.countsByStatus[status] ?? 0), 0);
  // The evaluator's worklist by part (what waits for them first), everyone else's by status.
  const counts = (
    me.role === "evaluator"
      ? worklistStages.map((stage) => ({
          key: stage,
          label: t(worklistStageKeys[stage]),
          to: `${pathwaysPagePath}?stage=${stage}`,
          count: countOf(worklistStageStatuses[stage]),
        }))
      : pathwayStatuses.map((status) => ({
          key: status,
          label: t(statusLabelKeys[status]),
          to: `${pathwaysPagePath}?status=${status}`,
          count: countOf([status]),
        }))
  ).filter((item) => item.count > 0);

  return (
    <Card withBorder padding="lg" radius="md" component="section">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text>
          {t(textKeys[me.role] ?? "home.pathways.admin", {
            count: data ? formatNumber(data.total, language) : "…",
          })}
        </Text>
        {isCandidate ? (
          data?.items.map((pathway) => (
            <Anchor key={pathway.id} component={Link} to={pathwayPagePath(pathway.id)} fw={600}>
              {t("home.pathways.open", {
                title: pathway.qualificationTitle,
                status: t(statusLabelKeys[pathway.status]),
              })}{" "}
              →
            </Anchor>
          ))
        ) : (
          <>
            {counts.length > 0 && (
              <List size="sm" spacing={2}>
                {counts.map(({ key, label, to, count }) => (
                  <List.Item key={key}>
                    <Anchor component={Link} to={to}>
                      {t("pathways.statusWithCount", { status: label, count: formatNumber(count, language) })}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
            <Anchor component={Link} to={pathwaysPagePath} fw={600}>
              {t("home.pathways.link", { title })} →
            </Anchor>
          </>
        )}
      </Stack>
    </Card>
  );
}
