import { Divider, Stack } from "@mantine/core";
import { useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { AssessmentsSection } from "../features/assessments/assessments-section.tsx";
import { canEditCandidates, canManagePathways, canSeePathways } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { CandidateEditLink } from "../features/candidates/candidate-edit-link.tsx";
import { PathwayCertificatesSection } from "../features/certificates/pathway-certificates-section.tsx";
import { PathwayJurySection } from "../features/jury/pathway-jury-section.tsx";
import { usePathway } from "../features/pathways/api.ts";
import { BilanSection } from "../features/pathways/bilan-section.tsx";
import { EvaluatorAssignment } from "../features/pathways/evaluator-assignment.tsx";
import { pathwayListTitleKeys } from "../features/pathways/labels.ts";
import { pathwaysPagePath } from "../features/pathways/paths.ts";
import { PathwayActions } from "../features/pathways/pathway-actions.tsx";
import { PathwayFacts } from "../features/pathways/pathway-facts.tsx";
import { TimelineSection } from "../features/pathways/timeline-section.tsx";
import { TrainingPlansSection } from "../features/pathways/training-plans-section.tsx";
import { useT } from "../lib/i18n/index.tsx";

/**
 * One pathway: who, which CQPI, where it stands and the moves this user may make; the bilan de
 * positionnement, the assessments, the training plans, the evaluator and the timeline. The candidate
 * sees the same page without the management tools (they may withdraw).
 */
export function PathwayDetailPage() {
  return <RequireUser isAllowed={canSeePathways}>{(me) => <PathwayPage me={me} />}</RequireUser>;
}

function PathwayPage({ me }: { me: Me }) {
  const t = useT();
  const { id = "" } = useParams();
  const { data: pathway, isPending, error } = usePathway(Number(id));
  const back = <BackLink to={pathwaysPagePath} label={t(pathwayListTitleKeys[me.role].title)} />;

  if (isPending) return <PageLoader />;
  if (!pathway)
    return (
      <Stack>
        <PageHeader title={t("pathway.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );

  const isActive = pathway.status !== "withdrawn" && pathway.status !== "archived";
  return (
    <Stack gap="lg">
      <PageHeader
        above={back}
        title={t("pathway.pageTitle", {
          name: pathway.candidate.displayName,
          code: pathway.qualificationCode,
        })}
        description={t("pathway.subtitle", { title: pathway.qualificationTitle, branch: pathway.branchCode })}
      />
      <PathwayFacts pathway={pathway} me={me} />
      {canEditCandidates(me) && (
        <CandidateEditLink candidateId={pathway.candidate.id} pathwayId={pathway.id} />
      )}
      <PathwayJurySection pathway={pathway} jury={pathway.jury} me={me} />
      <PathwayCertificatesSection pathwayId={pathway.id} me={me} />
      <PathwayActions pathway={pathway} me={me} />
      {/* Right under the next steps: positioning cannot start before an evaluator is assigned. */}
      {isActive && canManagePathways(me) && (
        <>
          <Divider />
          <EvaluatorAssignment pathway={pathway} me={me} />
        </>
      )}
      <Divider />
      <BilanSection pathway={pathway} />
      <Divider />
      <AssessmentsSection pathway={pathway} me={me} />
      <Divider />
      <TrainingPlansSection pathway={pathway} me={me} />
      <Divider />
      <TimelineSection pathway={pathway} />
    </Stack>
  );
}
