import { Alert, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canEditCandidates } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { useCandidate } from "../features/candidates/api.ts";
import { CandidateForm } from "../features/candidates/candidate-form.tsx";
import { pathwayPagePath, pathwaysPagePath } from "../features/pathways/paths.ts";
import { useT } from "../lib/i18n/index.tsx";

/**
 * Correcting a registered candidate's identity, contact or employer, with registration's form and
 * checks. Opened from a pathway page, it returns there once saved.
 */
export function CandidateEditPage() {
  return <RequireUser isAllowed={canEditCandidates}>{(me) => <CandidateEdit me={me} />}</RequireUser>;
}

function CandidateEdit({ me }: { me: Me }) {
  const t = useT();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const pathwayId = Number(search.get("pathway")) || null;
  const { data: candidate, isPending, error } = useCandidate(Number(id));
  const back =
    pathwayId === null ? (
      <BackLink to={pathwaysPagePath} label={t("pathways.title.admin")} />
    ) : (
      <BackLink to={pathwayPagePath(pathwayId)} label={t("candidateEdit.backToPathway")} />
    );

  if (isPending) return <PageLoader />;
  if (!candidate)
    return (
      <Stack>
        <PageHeader title={t("candidateEdit.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );

  if (!candidate.mayEdit)
    return (
      <Stack>
        <PageHeader title={t("candidateEdit.title", { name: candidate.displayName })} above={back} />
        <Alert color="yellow" title={t("candidateEdit.notEditableTitle")}>
          {t("candidateEdit.notEditable")}
        </Alert>
      </Stack>
    );

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        above={back}
        title={t("candidateEdit.title", { name: candidate.displayName })}
        description={t("candidateEdit.intro")}
      />
      <CandidateForm
        me={me}
        candidate={candidate}
        onSaved={() => navigate(pathwayId === null ? pathwaysPagePath : pathwayPagePath(pathwayId))}
      />
    </Stack>
  );
}
