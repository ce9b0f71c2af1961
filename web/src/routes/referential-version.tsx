import { Paper, Stack, Title } from "@mantine/core";
import { useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { useMe } from "../features/auth/api.ts";
import { canAuthorReferentials } from "../features/auth/policy.ts";
import { useQualification } from "../features/catalogue/api.ts";
import { useVersion } from "../features/referentials/api.ts";
import { CompareForm } from "../features/referentials/compare-form.tsx";
import { DraftActions } from "../features/referentials/draft-actions.tsx";
import { GridImportForm } from "../features/referentials/grid-import-form.tsx";
import { qualificationPagePath } from "../features/referentials/paths.ts";
import { ReferentialTree } from "../features/referentials/referential-tree.tsx";
import { VersionDownloads } from "../features/referentials/version-downloads.tsx";
import { VersionFacts } from "../features/referentials/version-facts.tsx";
import { useT } from "../lib/i18n/index.tsx";

const treeIdPrefix = "referential-tree";

/** One version of a CQPI's referential, to read (public); admins edit, publish or delete a draft. */
export function ReferentialVersionPage() {
  const { code = "", version = "" } = useParams();
  const t = useT();
  const { data: me } = useMe();
  const qualification = useQualification(code).data;
  const { data: view, isPending, error } = useVersion(code, Number(version));
  const qualificationName = qualification?.title ?? code;
  const back = <BackLink to={qualificationPagePath(code)} label={qualificationName} />;

  if (isPending) return <PageLoader />;
  if (!view) {
    return (
      <Stack>
        <PageHeader title={t("version.notFound")} above={back} />
        <ErrorAlert error={error} />
      </Stack>
    );
  }
  const isEditableByMe = view.status === "draft" && canAuthorReferentials(me);

  return (
    <Stack gap="lg">
      <PageHeader
        above={back}
        title={t("version.pageTitle", { version: view.version, code })}
        description={qualificationName}
      />
      {isEditableByMe && <DraftActions view={view} treeIdPrefix={treeIdPrefix} />}
      <VersionFacts view={view} />
      <VersionDownloads code={code} version={view.version} />
      <CompareForm code={code} version={view.version} />
      {isEditableByMe && (
        <Paper withBorder p="md" component="section" aria-labelledby="grid-import-title">
          <Title order={2} size="h4" id="grid-import-title" mb="xs">
            {t("import.gridTitle")}
          </Title>
          <GridImportForm view={view} />
        </Paper>
      )}
      <Stack gap="sm" component="section" aria-labelledby="tree-title" id={treeIdPrefix} tabIndex={-1}>
        <Title order={2} size="h3" id="tree-title">
          {t("referential.blocks")}
        </Title>
        <ReferentialTree
          blocks={view.blocks}
          idPrefix={treeIdPrefix}
          showWeights={view.passRule.kind === "weighted_marks"}
          emptyText={t("referential.noBlock")}
        />
      </Stack>
    </Stack>
  );
}
