import { Anchor, Stack, Title } from "@mantine/core";
import { Link } from "react-router";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { canOpenAssessment } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { assessmentPagePath } from "../pathways/paths.ts";
import type { PathwayDetail } from "../pathways/types.ts";
import { methodLabelKeys } from "../referentials/labels.ts";
import { useAssessments } from "./api.ts";
import { assessmentStatusKeys, assessmentStatusTones, sittingKey } from "./labels.ts";
import { NewAssessmentButton } from "./new-assessment-button.tsx";
import type { AssessmentView } from "./types.ts";

/** The pathway's assessments (method, sitting, date, status), each opening its grid; and a new one. */
export function AssessmentsSection({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const { t, language } = useLanguage();
  const { data, isPending, error } = useAssessments(pathway.id);
  // Assessments are taken during a sitting: the positioning or the second evaluation.
  const isInSitting = pathway.status === "positioning" || pathway.status === "reassessment";

  const columns: Column<AssessmentView>[] = [
    {
      key: "method",
      header: t("assessment.method"),
      render: (item) => (
        <Anchor component={Link} to={assessmentPagePath(item.id)}>
          {t(methodLabelKeys[item.method])}
        </Anchor>
      ),
    },
    { key: "sitting", header: t("assessment.sitting"), render: (item) => t(sittingKey(item.sitting)) },
    { key: "heldOn", header: t("assessment.heldOn"), render: (item) => formatDay(item.heldOn, language) },
    {
      key: "capacities",
      header: t("assessment.capacities"),
      render: (item) => item.capacityCodes.join(", "),
    },
    {
      key: "status",
      header: t("assessment.status"),
      render: (item) => (
        <StatusBadge tone={assessmentStatusTones[item.status]}>
          {t(assessmentStatusKeys[item.status])}
        </StatusBadge>
      ),
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="assessments-title">
      <Title order={2} size="h3" id="assessments-title">
        {t("assessments.title")}
      </Title>
      {isInSitting && canOpenAssessment(me) && (
        <div>
          <NewAssessmentButton pathway={pathway} me={me} />
        </div>
      )}
      <DataTable
        caption={t("assessments.caption", { name: pathway.candidate.displayName })}
        columns={columns}
        rows={data?.items}
        rowKey={(item) => item.id}
        isLoading={isPending}
        error={error}
        emptyText={t("assessments.empty")}
        minWidth={620}
      />
    </Stack>
  );
}
