import { Paper, Stack } from "@mantine/core";
import { useNavigate } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canManageJurySessions } from "../features/auth/policy.ts";
import { jurySessionPagePath, jurySessionsPagePath } from "../features/jury/paths.ts";
import { SessionForm } from "../features/jury/session-form.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** "Planifier une session": the secretariat plans a session, then composes it on its page. */
export function JurySessionNewPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <RequireUser isAllowed={canManageJurySessions}>
      {(me) => (
        <Stack gap="lg" maw={760}>
          <PageHeader
            above={<BackLink to={jurySessionsPagePath} label={t("jurySessions.title.manager")} />}
            title={t("jurySession.newTitle")}
            description={t("jurySession.newIntro")}
          />
          <Paper withBorder p="md">
            <SessionForm me={me} onCreated={(session) => navigate(jurySessionPagePath(session.id))} />
          </Paper>
        </Stack>
      )}
    </RequireUser>
  );
}
