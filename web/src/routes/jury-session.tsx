import { Divider, Stack } from "@mantine/core";
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
import { AgendaSection } from "../features/jury/agenda-section.tsx";
import { useJurySession } from "../features/jury/api.ts";
import { AttendanceForm } from "../features/jury/attendance-form.tsx";
import { MembersSection } from "../features/jury/members-section.tsx";
import { jurySessionsPagePath } from "../features/jury/paths.ts";
import { QuorumAlert } from "../features/jury/quorum-alert.tsx";
import { canRecordAttendance } from "../features/jury/session-abilities.ts";
import { SessionActions } from "../features/jury/session-actions.tsx";
import { SessionFacts } from "../features/jury/session-facts.tsx";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * One jury session: when and where, the members and their attendance, the quorum, the agenda with
 * the votes so far, and what the caller may do (compose, record attendance, close, cancel, download
 * the minutes). Members open each candidate's deliberation page from the agenda.
 */
export function JurySessionPage() {
  return <RequireUser isAllowed={canSeeJurySessions}>{(me) => <SessionPage me={me} />}</RequireUser>;
}

function SessionPage({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const { id = "" } = useParams();
  const { data: session, isPending, error } = useJurySession(Number(id));
  const [notice, setNotice] = useState<string | null>(null);
  const back = (
    <BackLink
      to={jurySessionsPagePath}
      label={t(me.role === "jury_member" ? "jurySessions.title.member" : "jurySessions.title.manager")}
    />
  );

  if (isPending) return <PageLoader />;
  if (!session)
    return (
      <Stack>
        <PageHeader title={t("jurySession.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );

  const isOpen = session.status === "planned" || session.status === "in_progress";
  return (
    <Stack gap="lg">
      <PageHeader
        above={back}
        title={t("jurySession.pageTitle", { date: formatDay(session.sittingOn, language) })}
        description={t("jurySession.subtitle", { branch: `${session.branchName} (${session.branchCode})` })}
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <SessionFacts session={session} />
      {isOpen && <QuorumAlert quorum={session.quorum} />}
      <SessionActions session={session} onNotice={setNotice} />
      <Divider />
      <AgendaSection session={session} onNotice={setNotice} />
      <Divider />
      <MembersSection session={session} onNotice={setNotice} />
      {canRecordAttendance(session) && session.members.length > 0 && (
        <>
          <Divider />
          <AttendanceForm
            key={session.members.map((member) => `${member.userId}:${member.presence}`).join(",")}
            session={session}
            onNotice={setNotice}
          />
        </>
      )}
    </Stack>
  );
}
