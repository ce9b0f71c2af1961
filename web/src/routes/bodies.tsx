import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { type Column, DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { useMe } from "../features/auth/api.ts";
import { useBodies } from "../features/governance/api.ts";
import { bodyKindKeys } from "../features/governance/labels.ts";
import { bodyPagePath } from "../features/governance/paths.ts";
import type { BodyView } from "../features/governance/types.ts";
import { formatNumber } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * The bodies of the CQPI (public): the national committee, the COC and each branch's CPNE. Their pages
 * (members, decisions, documents) are for signed-in users, so visitors see the list without links.
 */
export function BodiesPage() {
  const { t, language } = useLanguage();
  const { data: me } = useMe();
  const { data: bodies, isLoading, error } = useBodies();

  const columns: Column<BodyView>[] = [
    {
      key: "name",
      header: t("body.name"),
      render: (body) =>
        me ? (
          <Anchor component={Link} to={bodyPagePath(body.id)}>
            {body.name}
          </Anchor>
        ) : (
          body.name
        ),
    },
    { key: "kind", header: t("body.kind"), render: (body) => t(bodyKindKeys[body.kind]) },
    {
      key: "branch",
      header: t("body.branch"),
      render: (body) =>
        body.branchCode ? (
          <Anchor component={Link} to={`/branches/${encodeURIComponent(body.branchCode)}`}>
            {body.branchCode}
          </Anchor>
        ) : (
          "—"
        ),
    },
    {
      key: "decisions",
      header: t("body.decisionCount"),
      render: (body) => formatNumber(body.decisionCount, language),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t("bodies.title")} description={t("bodies.description")} />
      {!me && <Text>{t("bodies.signInForDetails")}</Text>}
      <DataTable
        caption={t("bodies.caption")}
        columns={columns}
        rows={bodies}
        rowKey={(body) => body.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("bodies.empty")}
      />
    </Stack>
  );
}
