import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Column } from "../../components/data-table.tsx";
import { formatDay } from "../../lib/format.ts";
import type { Language, Translate } from "../../lib/i18n/index.tsx";
import { routeLabelKeys } from "./labels.ts";
import { pathwayPagePath } from "./paths.ts";
import { PathwayStatusBadge } from "./pathway-status-badge.tsx";
import type { PathwaySummary } from "./types.ts";

interface PathwayColumnsOptions {
  t: Translate;
  language: Language;
  /** The company's name when the user may list companies; the column is left out otherwise. */
  companyName?: (companyId: number) => string;
  /** The evaluator's name when the user may list evaluators; the column is left out otherwise. */
  evaluatorName?: (userId: number) => string;
}

export function pathwayColumns({ t, language, companyName, evaluatorName }: PathwayColumnsOptions) {
  const columns: Column<PathwaySummary>[] = [
    {
      key: "candidate",
      header: t("pathway.candidate"),
      render: (item) => (
        <Anchor component={Link} to={pathwayPagePath(item.id)} fw={600}>
          {item.candidate.displayName}
        </Anchor>
      ),
    },
    {
      key: "qualification",
      header: t("pathway.qualification"),
      render: (item) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {item.qualificationCode}
          </Text>
          <Text size="sm">{item.qualificationTitle}</Text>
        </Stack>
      ),
    },
    { key: "branch", header: t("pathway.branch"), render: (item) => item.branchCode },
    { key: "route", header: t("pathway.route"), render: (item) => t(routeLabelKeys[item.route]) },
    {
      key: "status",
      header: t("pathway.status"),
      render: (item) =>
        item.assessmentUnderWay ? (
          <Stack gap={2} align="flex-start">
            <PathwayStatusBadge status={item.status} />
            <Text size="sm">{t("worklist.assessmentUnderWay")}</Text>
          </Stack>
        ) : (
          <PathwayStatusBadge status={item.status} />
        ),
    },
  ];
  if (companyName)
    columns.push({
      key: "company",
      header: t("pathway.company"),
      render: (item) =>
        item.candidate.companyId === null ? t("pathway.noCompany") : companyName(item.candidate.companyId),
    });
  if (evaluatorName)
    columns.push({
      key: "evaluator",
      header: t("pathway.evaluator"),
      render: (item) => (item.evaluatorUserId === null ? "—" : evaluatorName(item.evaluatorUserId)),
    });
  columns.push({
    key: "changed",
    header: t("pathway.statusChangedAt"),
    render: (item) => formatDay(item.statusChangedAt.slice(0, 10), language),
  });
  return columns;
}
