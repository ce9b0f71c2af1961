import { Grid, Stack } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { NoticeAlert } from "../components/notice-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canSeeJurySessions } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { useJurySession } from "../features/jury/api.ts";
import { DeliberationPanel } from "../features/jury/deliberation-panel.tsx";
import { EvidencePack } from "../features/jury/evidence-pack.tsx";
import { jurySessionPagePath, jurySessionsPagePath } from "../features/jury/paths.ts";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * The deliberation on one candidate of a session: the vote (on a tablet passed around the table or
 * each member's own), the tally, the president's closing; beside it the evidence pack the jury reads.
 */
export function JuryDeliberationPage() {
  return <RequireUser isAllowed={canSeeJurySessions}>{(me) => <Deliberation me={me} />}</RequireUser>;
}

function Deliberation({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const { id = "", pathwayId = "" } = useParams();
  const { data: session, isPending, error } = useJurySession(Number(id));
  const [notice, setNotice] = useState<string | null>(null);

  if (isPending) return <PageLoader />;
  const item = session?.agenda.find((candidate) => candidate.pathwayId === Number(pathwayId));
  if (!session || !item)
    return (
      <Stack>
        <PageHeader
          title={t(session ? "deliberation.notFound" : "jurySession.notFound")}
          above={
            <BackLink
              to={session ? jurySessionPagePath(session.id) : jurySessionsPagePath}
              label={t(
                me.role === "jury_member" ? "jurySessions.title.member" : "jurySessions.title.manager",
              )}
            />
          }
        />
        <ErrorAlert error={error} />
      </Stack>
    );

  const date = formatDay(session.sittingOn, language);
  return (
    <Stack gap="lg">
      <PageHeader
        above={
          <BackLink to={jurySessionPagePath(session.id)} label={t("deliberation.backToSession", { date })} />
        }
        title={t("deliberation.pageTitle", {
          name: item.candidate.displayName,
          code: item.qualificationCode,
        })}
        description={t("deliberation.subtitle", { title: item.qualificationTitle, date })}
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <Grid gap="xl">
        {/* Beside the evidence on a wide screen; above it on a tablet, where the member votes. */}
        <Grid.Col span={{ base: 12, lg: 5 }} order={{ base: 1, lg: 2 }}>
          <DeliberationPanel session={session} item={item} userId={me.id} onNotice={setNotice} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }} order={{ base: 2, lg: 1 }}>
          <EvidencePack item={item} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
