import { Anchor, Group, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { SearchField } from "../components/search-field.tsx";
import { canManagePathways, canSeeCertificates } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { BranchFilterSelect } from "../features/catalogue/branch-filter-select.tsx";
import { useManagedBranchOptions } from "../features/catalogue/use-managed-branch-options.ts";
import { useCertificates } from "../features/certificates/api.ts";
import { certificateColumns } from "../features/certificates/certificate-columns.tsx";
import { certificateListTitleKey, certificateStatusKeys } from "../features/certificates/labels.ts";
import { certificatesExportPath } from "../features/certificates/paths.ts";
import { RevokeCertificateDialog } from "../features/certificates/revoke-certificate-dialog.tsx";
import { type CertificateView, certificateStatuses } from "../features/certificates/types.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

const filterNames = ["q", "status", "branchCode", "qualificationCode", "awardedFrom", "awardedTo"] as const;

/**
 * The certificates in the user's scope (the server scopes the list): a secretariat's branches', an
 * employer's employees', a candidate's own; filters, search, CSV / XLSX export, revocation.
 */
export function CertificatesPage() {
  return <RequireUser isAllowed={canSeeCertificates}>{(me) => <CertificateList me={me} />}</RequireUser>;
}

function CertificateList({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const list = useListParams(filterNames);
  const isManager = canManagePathways(me);
  const branchOptions = useManagedBranchOptions(me, isManager);
  const [revoking, setRevoking] = useState<CertificateView | null>(null);
  const { data, isLoading, error } = useCertificates({
    ...list.filters,
    limit: String(list.pageSize),
    offset: String(list.offset),
  });
  const title = t(certificateListTitleKey(me.role));
  const dateField = (name: "awardedFrom" | "awardedTo", label: string) => (
    <TextInput
      type="date"
      label={label}
      value={list.filters[name]}
      onChange={(event) => list.setFilter(name, event.currentTarget.value)}
    />
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        description={t("certificates.intro")}
        actions={
          <Group gap="md">
            <Anchor href={certificatesExportPath("csv", list.filters)} download fw={600}>
              {t("certificates.exportCsv")} ↓
            </Anchor>
            <Anchor href={certificatesExportPath("xlsx", list.filters)} download fw={600}>
              {t("certificates.exportXlsx")} ↓
            </Anchor>
          </Group>
        }
      />
      <SearchField
        label={t("certificates.search")}
        value={list.filters.q}
        onSearch={(q) => list.setFilter("q", q)}
      />
      <Group align="flex-end" gap="md">
        <Select
          label={t("certificate.status")}
          placeholder={t("certificates.allStatuses")}
          clearable
          data={certificateStatuses.map((status) => ({
            value: status,
            label: t(certificateStatusKeys[status]),
          }))}
          value={list.filters.status || null}
          onChange={(status) => list.setFilter("status", status ?? "")}
        />
        {isManager && branchOptions.length > 1 && (
          <BranchFilterSelect
            options={branchOptions}
            value={list.filters.branchCode}
            onChange={(code) => list.setFilter("branchCode", code)}
          />
        )}
        <TextInput
          label={t("certificates.qualificationCode")}
          value={list.filters.qualificationCode}
          onChange={(event) =>
            list.setFilter("qualificationCode", event.currentTarget.value.trim().toUpperCase())
          }
          maw={160}
        />
        {dateField("awardedFrom", t("certificates.awardedFrom"))}
        {dateField("awardedTo", t("certificates.awardedTo"))}
      </Group>
      <DataTable
        caption={title}
        columns={certificateColumns(t, language, me, setRevoking)}
        rows={data?.items}
        rowKey={(item) => item.number}
        isLoading={isLoading}
        error={error}
        emptyText={t("certificates.empty")}
        minWidth={720}
        pagination={{
          page: list.page,
          pageSize: list.pageSize,
          total: data?.total ?? 0,
          onPageChange: list.setPage,
        }}
      />
      <RevokeCertificateDialog certificate={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
