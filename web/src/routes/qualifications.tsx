import { Anchor, Button, Stack } from "@mantine/core";
import { Link } from "react-router";
import { type Column, DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { SearchField } from "../components/search-field.tsx";
import { useMe } from "../features/auth/api.ts";
import { canManageCatalogue } from "../features/auth/policy.ts";
import { useQualifications } from "../features/catalogue/api.ts";
import type { Qualification } from "../features/catalogue/types.ts";
import { formatNumber } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

/** Public list of the CQPIs, searchable and paginated. */
export function QualificationsPage() {
  const { t, language } = useLanguage();
  const { data: me } = useMe();
  const list = useListParams(["q"]);
  const { data, isLoading, error } = useQualifications({
    q: list.filters.q,
    limit: list.pageSize,
    offset: list.offset,
  });

  const columns: Column<Qualification>[] = [
    { key: "code", header: t("qualification.code"), render: (item) => item.code },
    {
      key: "title",
      header: t("qualification.title"),
      render: (item) => (
        <Anchor component={Link} to={`/qualifications/${encodeURIComponent(item.code)}`}>
          {item.title}
        </Anchor>
      ),
    },
    {
      key: "rncp",
      header: t("qualification.rncpCode"),
      render: (item) => item.rncpCode ?? t("qualification.rncpNotSet"),
    },
    {
      key: "branches",
      header: t("qualification.branchCount"),
      render: (item) => formatNumber(item.branchCount, language),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t("qualifications.title")}
        description={t("qualifications.intro")}
        actions={
          canManageCatalogue(me) && (
            <Button component={Link} to="/qualifications/new">
              {t("qualifications.create")}
            </Button>
          )
        }
      />
      <SearchField
        label={t("qualifications.search")}
        value={list.filters.q}
        onSearch={(value) => list.setFilter("q", value)}
      />
      <DataTable
        caption={t("qualifications.caption")}
        columns={columns}
        rows={data?.items}
        rowKey={(item) => item.code}
        isLoading={isLoading}
        error={error}
        emptyText={t("qualifications.empty")}
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
