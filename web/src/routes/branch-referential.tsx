import { Alert, Anchor, Group, Stack, Title } from "@mantine/core";
import { useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { useBranch, useQualification } from "../features/catalogue/api.ts";
import { AdoptionFacts } from "../features/referentials/adoption-facts.tsx";
import { branchReferentialPdfPath, useBranchReferential } from "../features/referentials/api.ts";
import { RecordAdoptionButton } from "../features/referentials/record-adoption-button.tsx";
import { ReferentialTree } from "../features/referentials/referential-tree.tsx";
import { RulesFacts } from "../features/referentials/rules-facts.tsx";
import { ApiError } from "../lib/api.ts";
import { useT } from "../lib/i18n/index.tsx";

/** The referential as it applies to a candidate of a branch: the adopted version plus the branch's modules (public). */
export function BranchReferentialPage() {
  const { branchCode = "", code = "" } = useParams();
  const t = useT();
  const branchName = useBranch(branchCode).data?.name ?? branchCode;
  const { data, isPending, error } = useBranchReferential(branchCode, code);
  // Without an adoption, the referential does not name the CQPI: the catalogue does.
  const catalogueTitle = useQualification(code).data?.title;
  const qualificationName = data?.qualificationTitle ?? catalogueTitle ?? code;
  const isNotAdopted = error instanceof ApiError && error.code === "REFERENTIAL_NOT_ADOPTED";
  const header = (
    <PageHeader
      above={<BackLink to={`/branches/${encodeURIComponent(branchCode)}`} label={branchName} />}
      title={t("branchReferential.title", { qualification: qualificationName, branch: branchName })}
      description={t("branchReferential.intro")}
    />
  );

  if (isPending) return <PageLoader />;
  if (!data) {
    return (
      <Stack gap="lg">
        {header}
        {isNotAdopted ? (
          <Alert color="blue" variant="light" title={t("branchReferential.notAdoptedTitle")}>
            {t("branchReferential.notAdopted", { branch: branchName })}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Group>
          <RecordAdoptionButton code={code} branchCode={branchCode} />
        </Group>
      </Stack>
    );
  }
  const { adoption, version } = data;
  const showWeights = version.passRule.kind === "weighted_marks";

  return (
    <Stack gap="lg">
      {header}
      <AdoptionFacts adoption={adoption} version={version} />
      <Group gap="md">
        <Anchor href={branchReferentialPdfPath(branchCode, code)} download>
          {t("downloads.branchPdf")}
        </Anchor>
        <RecordAdoptionButton code={code} branchCode={branchCode} initialModules={adoption.modules} />
      </Group>
      <RulesFacts passRule={version.passRule} validity={version.validity} />
      <Stack gap="sm" component="section" aria-labelledby="version-tree-title">
        <Title order={2} size="h3" id="version-tree-title">
          {t("branchReferential.commonBlocks", { version: version.version })}
        </Title>
        <ReferentialTree
          blocks={version.blocks}
          idPrefix="version-tree"
          showWeights={showWeights}
          emptyText={t("referential.noBlock")}
        />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="modules-tree-title">
        <Title order={2} size="h3" id="modules-tree-title">
          {t("branchReferential.modules")}
        </Title>
        <ReferentialTree
          blocks={adoption.modules}
          idPrefix="modules-tree"
          showWeights={showWeights}
          emptyText={t("branchReferential.noModules")}
        />
      </Stack>
    </Stack>
  );
}
