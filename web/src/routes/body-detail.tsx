import { Anchor, Stack } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { DialogFormButton } from "../components/dialog-form-button.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { NoticeAlert } from "../components/notice-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { PageSection } from "../components/page-section.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canKeepRecordsOf } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { useBody, useDecisions } from "../features/governance/api.ts";
import { DecisionForm } from "../features/governance/decision-form.tsx";
import { DecisionsTable } from "../features/governance/decisions-table.tsx";
import { bodyKindKeys } from "../features/governance/labels.ts";
import { LibrarySection } from "../features/governance/library-section.tsx";
import { MemberForm } from "../features/governance/member-form.tsx";
import { MembersTable } from "../features/governance/members-table.tsx";
import { bodiesPagePath } from "../features/governance/paths.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * A body's page (signed in): its members, its decisions register and its document library; whoever
 * keeps the body's records (the committee's secretariat, a CPNE's branch officer) records them here.
 */
export function BodyDetailPage() {
  return <RequireUser>{(me) => <BodyDetail me={me} />}</RequireUser>;
}

function BodyDetail({ me }: { me: Me }) {
  const { t } = useLanguage();
  const id = Number(useParams().id);
  const { data: body, isPending, error } = useBody(id);
  const decisions = useDecisions(id, !!body);
  const [notice, setNotice] = useState<string | null>(null);
  const back = <BackLink to={bodiesPagePath} label={t("bodies.title")} />;

  if (isPending && Number.isInteger(id)) return <PageLoader />;
  if (!body)
    return (
      <Stack>
        <PageHeader title={t("body.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );

  const keepsRecords = canKeepRecordsOf(me, body);
  return (
    <Stack gap="lg">
      <PageHeader
        above={back}
        title={body.name}
        description={
          <>
            {t(bodyKindKeys[body.kind])}
            {body.branchCode && (
              <>
                {" · "}
                <Anchor component={Link} to={`/branches/${encodeURIComponent(body.branchCode)}`}>
                  {t("body.branchLink", { code: body.branchCode })}
                </Anchor>
              </>
            )}
          </>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PageSection id="body-members" title={t("body.members")}>
        {keepsRecords && (
          <div>
            <DialogFormButton label={t("memberForm.add")}>
              {(close) => (
                <MemberForm
                  bodyId={body.id}
                  onCancel={close}
                  onAdded={(member) => {
                    close();
                    setNotice(t("memberForm.added", { name: member.fullName }));
                  }}
                />
              )}
            </DialogFormButton>
          </div>
        )}
        <MembersTable bodyName={body.name} members={body.members} />
      </PageSection>
      <PageSection id="body-decisions" title={t("body.decisions")}>
        {keepsRecords && (
          <div>
            <DialogFormButton label={t("decisionForm.record")} dialogSize="xl">
              {(close) => (
                <DecisionForm
                  body={body}
                  onCancel={close}
                  onRecorded={(decision) => {
                    close();
                    setNotice(t("decisionForm.recorded", { title: decision.title }));
                  }}
                />
              )}
            </DialogFormButton>
          </div>
        )}
        <DecisionsTable
          bodyName={body.name}
          decisions={decisions.data}
          isLoading={decisions.isLoading}
          error={decisions.error}
        />
      </PageSection>
      <LibrarySection body={body} keepsRecords={keepsRecords} onNotice={setNotice} />
    </Stack>
  );
}
