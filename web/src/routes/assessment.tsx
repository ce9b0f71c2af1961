import { Stack } from "@mantine/core";
import { useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { useAssessment } from "../features/assessments/api.ts";
import { AssessmentEditor } from "../features/assessments/assessment-editor.tsx";
import { assessmentStatusKeys, assessmentStatusTones, sittingKey } from "../features/assessments/labels.ts";
import { canSeePathways } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { usePathway } from "../features/pathways/api.ts";
import { pathwayPagePath, pathwaysPagePath } from "../features/pathways/paths.ts";
import { methodLabelKeys } from "../features/referentials/labels.ts";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * One assessment: the evaluator's grid (a score and a comment per criterion), the texts per capacity
 * (the candidate's booklet, questions, interview notes) and the files. Made for a tablet on the shop
 * floor: nothing typed is lost when the connection drops (see useAssessmentGrid).
 */
export function AssessmentPage() {
  return <RequireUser isAllowed={canSeePathways}>{(me) => <AssessmentView me={me} />}</RequireUser>;
}

function AssessmentView({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const { id = "" } = useParams();
  const { data: view, isPending, error } = useAssessment(Number(id));
  const pathway = usePathway(view?.pathwayId ?? 0).data;

  if (isPending) return <PageLoader />;
  if (!view)
    return (
      <Stack>
        <PageHeader
          title={t("assessment.notFound")}
          above={<BackLink to={pathwaysPagePath} label={t("nav.pathways")} />}
        />
        <ErrorAlert error={error} />
      </Stack>
    );

  const method = t(methodLabelKeys[view.method]);
  return (
    <Stack gap="md">
      <PageHeader
        above={
          <BackLink
            to={pathwayPagePath(view.pathwayId)}
            label={
              pathway
                ? t("assessment.backToPathway", { name: pathway.candidate.displayName })
                : t("assessment.pathway")
            }
          />
        }
        title={pathway ? t("assessment.pageTitle", { method, name: pathway.candidate.displayName }) : method}
        description={t("assessment.summary", {
          sitting: t(sittingKey(view.sitting)),
          date: formatDay(view.heldOn, language),
        })}
        actions={
          <StatusBadge tone={assessmentStatusTones[view.status]}>
            {t(assessmentStatusKeys[view.status])}
          </StatusBadge>
        }
      />
      {/* Keyed by status: the grid reloads its values once the assessment is closed. */}
      <AssessmentEditor key={`${view.id}-${view.status}`} view={view} me={me} />
    </Stack>
  );
}
