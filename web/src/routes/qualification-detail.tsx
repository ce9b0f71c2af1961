import { Anchor, Button, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ConfirmButton } from "../components/confirm-button.tsx";
import { type Column, DataTable } from "../components/data-table.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { FactList } from "../components/fact-list.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { useMe } from "../features/auth/api.ts";
import { canManageCatalogue } from "../features/auth/policy.ts";
import { AddOperatingLinkButton } from "../features/catalogue/add-operating-link-button.tsx";
import { useQualification, useRemoveOperatingLink } from "../features/catalogue/api.ts";
import { LinkNote } from "../features/catalogue/link-note.tsx";
import type { OperatingBranch } from "../features/catalogue/types.ts";
import { PortabilityQuestion } from "../features/portability/portability-question.tsx";
import { ReferentialSection } from "../features/referentials/referential-section.tsx";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/** A CQPI and the branches that operate it (public); admins edit it and its branch links. */
export function QualificationDetailPage() {
  const { code = "" } = useParams();
  const { t, language } = useLanguage();
  const { data: me } = useMe();
  const { data: qualification, isPending, error } = useQualification(code);
  const removeLink = useRemoveOperatingLink();
  const isManager = canManageCatalogue(me);
  const back = <BackLink to="/qualifications" label={t("qualifications.title")} />;

  if (isPending) return <PageLoader />;
  if (!qualification) {
    return (
      <Stack>
        <PageHeader title={t("qualification.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );
  }

  const columns: Column<OperatingBranch>[] = [
    {
      key: "name",
      header: t("branch.name"),
      render: (branch) => (
        <Anchor component={Link} to={`/branches/${encodeURIComponent(branch.code)}`}>
          {branch.name}
        </Anchor>
      ),
    },
    { key: "code", header: t("branch.code"), render: (branch) => branch.code },
    {
      key: "since",
      header: t("link.operatedSince"),
      render: (branch) => formatDay(branch.operatedSince, language),
    },
    { key: "note", header: t("link.note"), render: (branch) => <LinkNote note={branch.note} /> },
  ];
  if (isManager) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (branch) => (
        <ConfirmButton
          label={t("link.remove")}
          aria-label={t("link.removeBranchNamed", { name: branch.name })}
          question={t("link.removeQuestion", { branch: branch.name, qualification: qualification.title })}
          confirmLabel={t("link.remove")}
          isPending={removeLink.isPending}
          onConfirm={() =>
            removeLink.mutate({ branchCode: branch.code, qualificationCode: qualification.code })
          }
        />
      ),
    });
  }

  return (
    <Stack gap="lg">
      <PageHeader
        above={back}
        title={qualification.title}
        description={t("qualification.subtitle", { code: qualification.code })}
        actions={
          isManager && (
            <Button component={Link} to={`/qualifications/${encodeURIComponent(qualification.code)}/edit`}>
              {t("common.edit")}
            </Button>
          )
        }
      />
      {qualification.description && <Text>{qualification.description}</Text>}
      <FactList
        facts={[
          { label: t("qualification.code"), value: qualification.code },
          {
            label: t("qualification.rncpCode"),
            value: qualification.rncpCode ?? t("qualification.rncpNotSet"),
          },
          { label: t("qualification.createdOn"), value: formatDay(qualification.createdOn, language) },
        ]}
      />
      <Stack gap="sm" component="section" aria-labelledby="operating-branches">
        <Title order={2} size="h3" id="operating-branches">
          {t("qualification.operatingBranches")}
        </Title>
        <ErrorAlert error={removeLink.error} />
        {isManager && (
          <div>
            <AddOperatingLinkButton
              from={{ qualificationCode: qualification.code }}
              linkedCodes={qualification.branches.map((branch) => branch.code)}
            />
          </div>
        )}
        <DataTable
          caption={t("qualification.operatingBranchesCaption", { title: qualification.title })}
          columns={columns}
          rows={qualification.branches}
          rowKey={(branch) => branch.code}
          emptyText={t("qualification.noBranches")}
        />
      </Stack>
      <ReferentialSection code={qualification.code} title={qualification.title} />
      <PortabilityQuestion
        holder={{ kind: "qualification", code: qualification.code }}
        intro={t("portability.qualificationIntro", { code: qualification.code })}
      />
    </Stack>
  );
}
