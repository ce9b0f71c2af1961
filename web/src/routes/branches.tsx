import { Anchor, Button, Stack } from "@mantine/core";
import { Link } from "react-router";
import { type Column, DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { SearchField } from "../components/search-field.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { useMe } from "../features/auth/api.ts";
import { canManageCatalogue } from "../features/auth/policy.ts";
import { useBranches } from "../features/catalogue/api.ts";
import type { Branch } from "../features/catalogue/types.ts";
import { formatDay, formatNumber } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

/** Public list of the professional branches, searchable and paginated. */
export function BranchesPage() {
  const { t, language } = useLanguage();
  const { data: me } = useMe();
  const list = useListParams(["q"]);
  const { data, isLoading, error } = useBranches({
    q: list.filters.q,
    limit: list.pageSize,
    offset: list.offset,
  });

  const columns: Column<Branch>[] = [
    { key: "code", header: t("branch.code"), render: (branch) => branch.code },
    {
      key: "name",
      header: t("branch.name"),
      render: (branch) => (
        <Anchor component={Link} to={`/branches/${encodeURIComponent(branch.code)}`}>
          {branch.name}
        </Anchor>
      ),
    },
    {
      key: "federation",
      header: t("branch.federation"),
      render: (branch) => (
        <>
          {branch.federation || "—"}{" "}
          {branch.isPartner && <StatusBadge tone="neutral">{t("branch.partner")}</StatusBadge>}
        </>
      ),
    },
    {
      key: "adhesion",
      header: t("branch.charterAdhesionDate"),
      render: (branch) => formatDay(branch.charterAdhesionDate, language),
    },
    {
      key: "qualifications",
      header: t("branch.qualificationCount"),
      render: (branch) => formatNumber(branch.qualificationCount, language),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t("branches.title")}
        description={t("branches.intro")}
        actions={
          canManageCatalogue(me) && (
            <Button component={Link} to="/branches/new">
              {t("branches.create")}
            </Button>
          )
        }
      />
      <SearchField
        label={t("branches.search")}
        value={list.filters.q}
        onSearch={(value) => list.setFilter("q", value)}
      />
      <DataTable
        caption={t("branches.caption")}
        columns={columns}
        rows={data?.items}
        rowKey={(branch) => branch.code}
        isLoading={isLoading}
        error={error}
        emptyText={t("branches.empty")}
        pagination={{
          page: list.page,
          pageSize: list.pageSize,
          total: data?.total ?? 0,
          onPageChange: list.setPage,
        }}
      />
    </Stack>
  );
}
