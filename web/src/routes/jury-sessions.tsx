import { Button, Group, Select, Stack } from "@mantine/core";
import { Link } from "react-router";
import { DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canManageJurySessions, canSeeJurySessions } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { BranchFilterSelect } from "../features/catalogue/branch-filter-select.tsx";
import { useManagedBranchOptions } from "../features/catalogue/use-managed-branch-options.ts";
import { useJurySessions } from "../features/jury/api.ts";
import { sessionStatusKeys } from "../features/jury/labels.ts";
import { newJurySessionPagePath } from "../features/jury/paths.ts";
import { sessionColumns } from "../features/jury/session-columns.tsx";
import { jurySessionStatuses } from "../features/jury/types.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

/**
 * The jury sessions: a secretariat's sessions of its branches (planned, held, closed, cancelled); a
 * jury member's own sessions. The server scopes the list.
 */
export function JurySessionsPage() {
  return <RequireUser isAllowed={canSeeJurySessions}>{(me) => <SessionList me={me} />}</RequireUser>;
}

function SessionList({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const list = useListParams(["status", "branchCode"]);
  const isManager = canManageJurySessions(me);
  const branchOptions = useManagedBranchOptions(me, isManager);
  const { data, isLoading, error } = useJurySessions({
    ...list.filters,
    limit: list.pageSize,
    offset: list.offset,
  });
  const title = t(isManager ? "jurySessions.title.manager" : "jurySessions.title.member");

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        description={t(isManager ? "jurySessions.intro.manager" : "jurySessions.intro.member")}
        actions={
          isManager && (
            <Button component={Link} to={newJurySessionPagePath}>
              {t("jurySessions.create")}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="md">
        <Select
          label={t("jurySession.status")}
          placeholder={t("jurySessions.allStatuses")}
          clearable
          data={jurySessionStatuses.map((status) => ({ value: status, label: t(sessionStatusKeys[status]) }))}
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
      </Group>
      <DataTable
        caption={title}
        columns={sessionColumns(t, language)}
        rows={data?.items}
        rowKey={(item) => item.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("jurySessions.empty")}
        minWidth={680}
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
