import { Anchor, Group, Stack, Text } from "@mantine/core";
import { Link, useParams, useSearchParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { useQualification } from "../features/catalogue/api.ts";
import { useVersionDiff } from "../features/referentials/api.ts";
import { DiffSection } from "../features/referentials/diff-section.tsx";
import { versionPagePath } from "../features/referentials/paths.ts";
import { useT } from "../lib/i18n/index.tsx";

/** What changed from one version of a CQPI's referential to another (public). */
export function ReferentialDiffPage() {
  const { code = "", version = "" } = useParams();
  const [params] = useSearchParams();
  const t = useT();
  const to = Number(version);
  const from = Number(params.get("from"));
  const qualificationName = useQualification(code).data?.title ?? code;
  const { data: diff, isPending, error } = useVersionDiff(code, to, from);
  const title = t("diff.title", { from: params.get("from") ?? "?", to: version });
  const versionLink = (number: number) => (
    <Anchor component={Link} to={versionPagePath(code, number)}>
      {t("version.name", { version: number })}
    </Anchor>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        above={<BackLink to={versionPagePath(code, to)} label={t("version.name", { version })} />}
        title={title}
        description={qualificationName}
      />
      {!Number.isInteger(from) || from <= 0 ? (
        <Text role="alert">{t("diff.noFrom")}</Text>
      ) : (
        <>
          {isPending && <PageLoader />}
          <ErrorAlert error={error} />
        </>
      )}
      {diff && (
        <>
          <Group gap="xs">
            <Text>{t("diff.compared")}</Text>
            {versionLink(diff.from)}
            <Text aria-hidden>→</Text>
            {versionLink(diff.to)}
          </Group>
          <Text>
            {t("diff.summary", {
              added: diff.added.length,
              removed: diff.removed.length,
              changed: diff.changed.length,
            })}
          </Text>
          <DiffSection
            id="diff-added"
            title={t("diff.added")}
            entries={diff.added}
            emptyText={t("diff.noneAdded")}
            tone="success"
          />
          <DiffSection
            id="diff-removed"
            title={t("diff.removed")}
            entries={diff.removed}
            emptyText={t("diff.noneRemoved")}
            tone="danger"
          />
          <DiffSection
            id="diff-changed"
            title={t("diff.changed")}
            entries={diff.changed}
            emptyText={t("diff.noneChanged")}
            tone="blue"
          />
        </>
      )}
    </Stack>
  );
}
