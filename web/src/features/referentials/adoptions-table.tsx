import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useAdoptions } from "./api.ts";
import { branchReferentialPagePath, versionPagePath } from "./paths.ts";
import type { Adoption } from "./types.ts";

/** Which branches' CPNEs adopted which version of the CQPI, when, under which agreement. */
export function AdoptionsTable({ code, title }: { code: string; title: string }) {
  const { t, language } = useLanguage();
  const { data, isPending, error } = useAdoptions(code);

  const columns: Column<Adoption>[] = [
    {
      key: "branch",
      header: t("adoption.branch"),
      render: (item) => (
        <Anchor
          component={Link}
          to={branchReferentialPagePath(item.branchCode, code)}
          aria-label={t("adoption.branchReferentialNamed", { branch: item.branchName })}
        >
          {item.branchName}
        </Anchor>
      ),
    },
    {
      key: "version",
      header: t("version.version"),
      render: (item) => (
        <Anchor component={Link} to={versionPagePath(code, item.version)}>
          {t("version.name", { version: item.version })}
        </Anchor>
      ),
    },
    {
      key: "decision",
      header: t("adoption.decisionDate"),
      render: (item) => formatDay(item.decisionDate, language),
    },
    { key: "agreement", header: t("adoption.agreementReference"), render: (item) => item.agreementReference },
    {
      key: "modules",
      header: t("adoption.moduleCount"),
      render: (item) => formatNumber(item.modules.length, language),
    },
  ];

  return (
    <DataTable
      caption={t("adoptions.caption", { title })}
      columns={columns}
      rows={data?.items}
      rowKey={(item) => item.id}
      isLoading={isPending}
      error={error}
      emptyText={t("adoptions.empty")}
    />
  );
}
