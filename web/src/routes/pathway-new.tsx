import { Alert, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canManagePathways } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { CandidateForm } from "../features/candidates/candidate-form.tsx";
import { CandidateSelect } from "../features/candidates/candidate-select.tsx";
import type { Candidate } from "../features/candidates/types.ts";
import { pathwayPagePath, pathwaysPagePath } from "../features/pathways/paths.ts";
import { RegisterPathwayForm } from "../features/pathways/register-pathway-form.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** "Inscrire un candidat": pick a registered candidate or register one, then the CQPI, branch and route. */
export function PathwayNewPage() {
  return <RequireUser isAllowed={canManagePathways}>{(me) => <Registration me={me} />}</RequireUser>;
}

function Registration({ me }: { me: Me }) {
  const t = useT();
  const navigate = useNavigate();
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [created, setCreated] = useState<Candidate | null>(null);

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        above={<BackLink to={pathwaysPagePath} label={t("pathways.title.admin")} />}
        title={t("registration.title")}
        description={t("registration.intro")}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="registration-candidate">
        <Stack>
          <Title order={2} size="h3" id="registration-candidate">
            {t("registration.step1")}
          </Title>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as "existing" | "new")}
            data={[
              { value: "existing", label: t("registration.pickExisting") },
              { value: "new", label: t("registration.createNew") },
            ]}
            aria-label={t("registration.step1")}
            maw={520}
          />
          {created && (
            <Alert color="success" variant="light" role="status">
              {t("registration.candidateCreated", { name: created.displayName })}
            </Alert>
          )}
          {mode === "existing" ? (
            <CandidateSelect value={candidate} onChange={setCandidate} />
          ) : (
            <CandidateForm
              me={me}
              onSaved={(candidate) => {
                setCreated(candidate);
                setCandidate(candidate);
                setMode("existing");
              }}
            />
          )}
          {candidate && mode === "existing" && (
            <Text>{t("registration.candidateChosen", { name: candidate.displayName })}</Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="registration-pathway">
        <Stack>
          <Title order={2} size="h3" id="registration-pathway">
            {t("registration.step2")}
          </Title>
          <RegisterPathwayForm
            me={me}
            candidate={candidate}
            onRegistered={(pathway) => navigate(pathwayPagePath(pathway.id))}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
