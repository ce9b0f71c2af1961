import { Button, Group, Select, Stack } from "@mantine/core";
import { Link } from "react-router";
import { DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { SearchField } from "../components/search-field.tsx";
import { canManagePathways, canSeePathways, hasPathwayWorklist } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { useQualifications } from "../features/catalogue/api.ts";
import { usePathways } from "../features/pathways/api.ts";
import { pathwayListTitleKeys } from "../features/pathways/labels.ts";
import { registerPathwayPagePath } from "../features/pathways/paths.ts";
import { pathwayColumns } from "../features/pathways/pathway-columns.tsx";
import { PathwayStatusTabs } from "../features/pathways/pathway-status-tabs.tsx";
import { useEvaluatorOptions } from "../features/pathways/use-evaluator-options.ts";
import { WorklistTabs, worklistStageOf } from "../features/pathways/worklist-tabs.tsx";
import { useCompanies } from "../features/users/api.ts";
import { CompanySelect } from "../features/users/company-select.tsx";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

/**
 * The pathways the user follows, filtered and paginated: a branch's pathways for its officer, the
 * employer's "Mes salariés", the evaluator's worklist ("Mes évaluations"), the candidate's own.
 */
export function PathwaysPage() {
  return <RequireUser isAllowed={canSeePathways}>{(me) => <PathwayList me={me} />}</RequireUser>;
}

function PathwayList({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const list = useListParams(["status", "stage", "qualificationCode", "companyId", "evaluatorUserId", "q"]);
  const isManager = canManagePathways(me);
  // The evaluator's list is a worklist: what waits for them first, by part rather than by status.
  const isWorklist = me.role === "evaluator";
  const stage = worklistStageOf(list.filters.stage);
  const { data, isLoading, error } = usePathways({
    ...list.filters,
    ...(isWorklist ? { status: "", stage } : { stage: "" }),
    limit: list.pageSize,
    offset: list.offset,
  });
  const qualifications = useQualifications({ q: "", limit: 200, offset: 0 }).data?.items ?? [];
  const companies = useCompanies("", isManager).data?.items;
  const evaluators = useEvaluatorOptions(me).options;
  const titleKeys = pathwayListTitleKeys[me.role];

  const columns = pathwayColumns({
    t,
    language,
    companyName: isManager
      ? (id) => companies?.find((company) => company.id === id)?.name ?? t("user.companyNumber", { id })
      : undefined,
    evaluatorName: isManager
      ? (id) =>
          evaluators.find((option) => option.userId === id)?.name ?? t("pathway.evaluatorNumber", { id })
      : undefined,
  });

  const hasWorklist = hasPathwayWorklist(me);
  const table = (
    <DataTable
      caption={t(titleKeys.title)}
      columns={columns}
      rows={data?.items}
      rowKey={(item) => item.id}
      isLoading={isLoading}
      error={error}
      emptyText={t(
        isWorklist && stage === "waiting" && !list.filters.q ? "worklist.emptyWaiting" : "pathways.empty",
      )}
      minWidth={isManager ? 900 : 700}
      pagination={{
        page: list.page,
        pageSize: list.pageSize,
        total: data?.total ?? 0,
        onPageChange: list.setPage,
      }}
    />
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t(titleKeys.title)}
        description={t(titleKeys.intro)}
        actions={
          isManager && (
            <Button component={Link} to={registerPathwayPagePath}>
              {t("pathways.register")}
            </Button>
          )
        }
      />
      {hasWorklist && (
        <Group align="flex-end" gap="md">
          <SearchField
            label={t("pathways.search")}
            value={list.filters.q}
            onSearch={(value) => list.setFilter("q", value)}
          />
          <Select
            label={t("pathway.qualification")}
            placeholder={t("pathways.allQualifications")}
            clearable
            searchable
            data={qualifications.map((item) => ({ value: item.code, label: `${item.code} — ${item.title}` }))}
            value={list.filters.qualificationCode || null}
            onChange={(code) => list.setFilter("qualificationCode", code ?? "")}
            nothingFoundMessage={t("common.nothingFound")}
          />
          {isManager && (
            <>
              <CompanySelect
                label={t("pathway.company")}
                placeholder={t("pathways.allCompanies")}
                isRequired={false}
                value={list.filters.companyId ? Number(list.filters.companyId) : null}
                onChange={(id) => list.setFilter("companyId", id === null ? "" : String(id))}
              />
              <Select
                label={t("pathway.evaluator")}
                placeholder={t("pathways.allEvaluators")}
                clearable
                searchable
                data={evaluators.map((option) => ({ value: String(option.userId), label: option.name }))}
                value={list.filters.evaluatorUserId || null}
                onChange={(id) => list.setFilter("evaluatorUserId", id ?? "")}
                nothingFoundMessage={t("common.nothingFound")}
              />
            </>
          )}
        </Group>
      )}
      {isWorklist ? (
        <WorklistTabs
          value={stage}
          onChange={(next) => list.setFilter("stage", next)}
          counts={data?.countsByStatus}
        >
          {table}
        </WorklistTabs>
      ) : hasWorklist ? (
        <PathwayStatusTabs
          value={list.filters.status}
          onChange={(status) => list.setFilter("status", status)}
          counts={data?.countsByStatus}
        >
          {table}
        </PathwayStatusTabs>
      ) : (
        table
      )}
    </Stack>
  );
}
