import { Anchor, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { PageSection } from "../components/page-section.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { useBody, useBodyDocuments, useDecisions } from "../features/governance/api.ts";
import { DecisionsTable } from "../features/governance/decisions-table.tsx";
import { DocumentLibrary } from "../features/governance/document-library.tsx";
import { bodyKindKeys } from "../features/governance/labels.ts";
import { MembersTable } from "../features/governance/members-table.tsx";
import { bodiesPagePath } from "../features/governance/paths.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/** A body's page (signed in): its members, its decisions register and its document library. */
export function BodyDetailPage() {
  return <RequireUser>{() => <BodyDetail />}</RequireUser>;
}

function BodyDetail() {
  const { t } = useLanguage();
  const id = Number(useParams().id);
  const { data: body, isPending, error } = useBody(id);
  const decisions = useDecisions(id, !!body);
  const documents = useBodyDocuments(id, !!body);
  const back = <BackLink to={bodiesPagePath} label={t("bodies.title")} />;

  if (isPending && Number.isInteger(id)) return <PageLoader />;
  if (!body)
    return (
      <Stack>
        <PageHeader title={t("body.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );

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
      <PageSection id="body-members" title={t("body.members")}>
        <MembersTable bodyName={body.name} members={body.members} />
      </PageSection>
      <PageSection id="body-decisions" title={t("body.decisions")}>
        <DecisionsTable
          bodyName={body.name}
          decisions={decisions.data}
          isLoading={decisions.isLoading}
          error={decisions.error}
        />
      </PageSection>
      <PageSection id="body-documents" title={t("body.documents")}>
        <DocumentLibrary
          bodyName={body.name}
          documents={documents.data}
          isLoading={documents.isLoading}
          error={documents.error}
        />
      </PageSection>
    </Stack>
  );
}
