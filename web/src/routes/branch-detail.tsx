import { Anchor, Button, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ConfirmButton } from "../components/confirm-button.tsx";
import { type Column, DataTable } from "../components/data-table.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { FactList } from "../components/fact-list.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { useMe } from "../features/auth/api.ts";
import { canEditBranch, canManageCatalogue } from "../features/auth/policy.ts";
import { AddOperatingLinkButton } from "../features/catalogue/add-operating-link-button.tsx";
import { useBranch, useRemoveOperatingLink } from "../features/catalogue/api.ts";
import { LinkNote } from "../features/catalogue/link-note.tsx";
import type { OperatedQualification } from "../features/catalogue/types.ts";
import { AdhesionHistorySection } from "../features/governance/adhesion-history-section.tsx";
import { branchReferentialPagePath } from "../features/referentials/paths.ts";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/** A branch, its charter adhesion and the CQPIs it operates (public); editable by admins and its officers. */
export function BranchDetailPage() {
  const { code = "" } = useParams();
  const { t, language } = useLanguage();
  const { data: me } = useMe();
  const { data: branch, isPending, error } = useBranch(code);
  const removeLink = useRemoveOperatingLink();
  const isManager = canManageCatalogue(me);
  const back = <BackLink to="/branches" label={t("branches.title")} />;

  if (isPending) return <PageLoader />;
  if (!branch) {
    return (
      <Stack>
        <PageHeader title={t("branch.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );
  }

  const columns: Column<OperatedQualification>[] = [
    {
      key: "title",
      header: t("qualification.title"),
      render: (item) => (
        <Anchor component={Link} to={`/qualifications/${encodeURIComponent(item.code)}`}>
          {item.title}
        </Anchor>
      ),
    },
    { key: "code", header: t("qualification.code"), render: (item) => item.code },
    {
      key: "since",
      header: t("link.operatedSince"),
      render: (item) => formatDay(item.operatedSince, language),
    },
    { key: "note", header: t("link.note"), render: (item) => <LinkNote note={item.note} /> },
    {
      key: "referential",
      header: t("branch.referential"),
      render: (item) => (
        <Anchor
          component={Link}
          to={branchReferentialPagePath(branch.code, item.code)}
          aria-label={t("branch.referentialOf", { title: item.title })}
        >
          {t("branch.referentialLink")}
        </Anchor>
      ),
    },
  ];
  if (isManager) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (item) => (
        <ConfirmButton
          label={t("link.remove")}
          aria-label={t("link.removeQualificationNamed", { title: item.title })}
          question={t("link.removeQuestion", { branch: branch.name, qualification: item.title })}
          confirmLabel={t("link.remove")}
          isPending={removeLink.isPending}
          onConfirm={() => removeLink.mutate({ branchCode: branch.code, qualificationCode: item.code })}
        />
      ),
    });
  }

  return (
    <Stack gap="lg">
      <PageHeader
        above={back}
        title={branch.name}
        description={t("branch.subtitle", { code: branch.code })}
        actions={
          canEditBranch(me, branch.code) && (
            <Button component={Link} to={`/branches/${encodeURIComponent(branch.code)}/edit`}>
              {t("common.edit")}
            </Button>
          )
        }
      />
      {branch.description && <Text>{branch.description}</Text>}
      <FactList
        facts={[
          { label: t("branch.code"), value: branch.code },
          {
            label: t("branch.federation"),
            value: (
              <>
                {branch.federation || "—"}{" "}
                {branch.isPartner && <StatusBadge tone="neutral">{t("branch.partner")}</StatusBadge>}
              </>
            ),
          },
          {
            label: t("branch.charterAdhesionDate"),
            value: branch.charterAdhesionDate
              ? formatDay(branch.charterAdhesionDate, language)
              : t("branch.noAdhesion"),
          },
        ]}
      />
      <Stack gap="sm" component="section" aria-labelledby="operated-qualifications">
        <Title order={2} size="h3" id="operated-qualifications">
          {t("branch.operatedQualifications")}
        </Title>
        <ErrorAlert error={removeLink.error} />
        {isManager && (
          <div>
            <AddOperatingLinkButton
              from={{ branchCode: branch.code }}
              linkedCodes={branch.qualifications.map((item) => item.code)}
            />
          </div>
        )}
        <DataTable
          caption={t("branch.operatedQualificationsCaption", { name: branch.name })}
          columns={columns}
          rows={branch.qualifications}
          rowKey={(item) => item.code}
          emptyText={t("branch.noQualifications")}
        />
      </Stack>
      <AdhesionHistorySection branchCode={branch.code} branchName={branch.name} />
    </Stack>
  );
}
