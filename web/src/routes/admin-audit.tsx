import { Code, Stack, Text } from "@mantine/core";
import { type Column, DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { useAuditEvents } from "../features/audit/api.ts";
import { AuditDiff } from "../features/audit/audit-diff.tsx";
import { AuditFilterForm } from "../features/audit/audit-filter-form.tsx";
import {
  auditActionKey,
  auditEntityTypeKey,
  isAuditAction,
  isAuditEntityType,
} from "../features/audit/labels.ts";
import type { AuditEvent, AuditFilters } from "../features/audit/types.ts";
import { VerifyAuditButton } from "../features/audit/verify-audit-button.tsx";
import { canReadAudit } from "../features/auth/policy.ts";
import { formatInstant } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

const filterNames = ["action", "entityType", "entityId", "actor", "from", "to"] as const;

/** Admin: the audit log, newest first, filterable, each entry expanding into its before/after diff. */
export function AdminAuditPage() {
  return <RequireUser isAllowed={canReadAudit}>{() => <AuditLog />}</RequireUser>;
}

function AuditLog() {
  const { t, language } = useLanguage();
  const list = useListParams(filterNames, 50);
  const filters: AuditFilters = list.filters;
  const { data, isLoading, error } = useAuditEvents(filters, list.pageSize, list.offset);

  const columns: Column<AuditEvent>[] = [
    { key: "seq", header: t("audit.seq"), render: (event) => event.seq },
    {
      key: "at",
      header: t("audit.occurredAt"),
      render: (event) => formatInstant(event.occurredAt, language),
    },
    {
      key: "actor",
      header: t("audit.actor"),
      render: (event) => (event.actor ? (event.actor.email ?? `#${event.actor.id}`) : t("audit.system")),
    },
    {
      key: "action",
      header: t("audit.action"),
      render: (event) =>
        isAuditAction(event.action) ? t(auditActionKey(event.action)) : <Code>{event.action}</Code>,
    },
    {
      key: "entity",
      header: t("audit.entity"),
      render: (event) => (
        <Text size="sm">
          {isAuditEntityType(event.entityType) ? t(auditEntityTypeKey(event.entityType)) : event.entityType}{" "}
          <Code>{event.entityId}</Code>
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t("audit.title")} description={t("audit.intro")} />
      <VerifyAuditButton />
      <AuditFilterForm key={JSON.stringify(filters)} filters={filters} onApply={list.setFilters} />
      <DataTable
        caption={t("audit.caption")}
        columns={columns}
        rows={data?.items}
        rowKey={(event) => event.seq}
        isLoading={isLoading}
        error={error}
        emptyText={t("audit.empty")}
        renderDetails={(event) => <AuditDiff event={event} />}
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
