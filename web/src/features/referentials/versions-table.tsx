import { Anchor, Group } from "@mantine/core";
import { Link } from "react-router";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useVersions } from "./api.ts";
import { diffPagePath, versionEditPath, versionPagePath } from "./paths.ts";
import type { VersionSummary } from "./types.ts";
import { VersionStatusBadge } from "./version-status-badge.tsx";

/** The versions of a CQPI's referential, newest first, with links to read, compare and (drafts) edit them. */
export function VersionsTable({ code, title, canEdit }: { code: string; title: string; canEdit: boolean }) {
  const { t, language } = useLanguage();
  const { data, isPending, error } = useVersions(code);

  const columns: Column<VersionSummary>[] = [
    {
      key: "version",
      header: t("version.version"),
      render: (item) => (
        <Anchor component={Link} to={versionPagePath(code, item.version)} style={{ whiteSpace: "nowrap" }}>
          {t("version.name", { version: item.version })}
        </Anchor>
      ),
    },
    {
      key: "status",
      header: t("version.status"),
      render: (item) => <VersionStatusBadge status={item.status} />,
    },
    { key: "created", header: t("version.createdAt"), render: (item) => formatDay(item.createdAt, language) },
    {
      key: "published",
      header: t("version.publishedAt"),
      render: (item) => formatDay(item.publishedAt, language),
    },
    {
      key: "superseded",
      header: t("version.supersededAt"),
      render: (item) => formatDay(item.supersededAt, language),
    },
    {
      key: "blocks",
      header: t("versions.blockCount"),
      render: (item) => formatNumber(item.blockCount, language),
    },
    {
      key: "capacities",
      header: t("versions.capacityCount"),
      render: (item) => formatNumber(item.capacityCount, language),
    },
    {
      key: "criteria",
      header: t("versions.criterionCount"),
      render: (item) => formatNumber(item.criterionCount, language),
    },
    {
      key: "links",
      header: t("common.actions"),
      render: (item) => (
        <Group gap="sm" wrap="nowrap">
          {item.basedOnVersion !== null && (
            <Anchor
              component={Link}
              to={diffPagePath(code, item.basedOnVersion, item.version)}
              aria-label={t("versions.compareNamed", { version: item.version, from: item.basedOnVersion })}
            >
              {t("versions.compare")}
            </Anchor>
          )}
          {canEdit && item.status === "draft" && (
            <Anchor
              component={Link}
              to={versionEditPath(code, item.version)}
              aria-label={t("versions.editNamed", { version: item.version })}
            >
              {t("common.edit")}
            </Anchor>
          )}
        </Group>
      ),
    },
  ];

  return (
    <DataTable
      caption={t("versions.caption", { title })}
      columns={columns}
      rows={data?.items}
      rowKey={(item) => item.version}
      isLoading={isPending}
      error={error}
      emptyText={t("versions.empty")}
      minWidth={760}
    />
  );
}
