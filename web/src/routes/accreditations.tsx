import { Button, Group, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { ConfirmButton } from "../components/confirm-button.tsx";
import { type Column, DataTable } from "../components/data-table.tsx";
import { Dialog } from "../components/dialog.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { NoticeAlert } from "../components/notice-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { AccreditationBadge } from "../features/accreditations/accreditation-badge.tsx";
import { AccreditationForm } from "../features/accreditations/accreditation-form.tsx";
import { useAccreditations, useRevokeAccreditation } from "../features/accreditations/api.ts";
import type { Accreditation } from "../features/accreditations/types.ts";
import { canManageAccreditations, canSeeAccreditations } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { useQualifications } from "../features/catalogue/api.ts";
import { BranchFilterSelect } from "../features/catalogue/branch-filter-select.tsx";
import { useManagedBranchOptions } from "../features/catalogue/use-managed-branch-options.ts";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

/** Evaluator accreditations per CQPI and branch, with their validity; granted and revoked by admins and branches. */
export function AccreditationsPage() {
  return <RequireUser isAllowed={canSeeAccreditations}>{(me) => <Accreditations me={me} />}</RequireUser>;
}

function Accreditations({ me }: { me: Me }) {
  const { t, language } = useLanguage();
  const list = useListParams(["qualificationCode", "branchCode"]);
  const { data, isLoading, error } = useAccreditations({
    qualificationCode: list.filters.qualificationCode || undefined,
    branchCode: list.filters.branchCode || undefined,
  });
  const qualifications = useQualifications({ q: "", limit: 200, offset: 0 }).data?.items ?? [];
  const branchOptions = useManagedBranchOptions(me);
  const revoke = useRevokeAccreditation();
  const [isCreating, setIsCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canManage = canManageAccreditations(me);
  const today = new Date().toISOString().slice(0, 10);
  const items = data?.items ?? [];
  const page = items.slice(list.offset, list.offset + list.pageSize);

  const columns: Column<Accreditation>[] = [
    { key: "evaluator", header: t("accreditation.evaluator"), render: (item) => item.evaluatorName },
    { key: "qualification", header: t("pathway.qualification"), render: (item) => item.qualificationCode },
    { key: "branch", header: t("pathway.branch"), render: (item) => item.branchCode },
    {
      key: "period",
      header: t("accreditation.period"),
      render: (item) =>
        t("accreditation.periodValue", {
          from: formatDay(item.validFrom, language),
          until: formatDay(item.validUntil, language),
        }),
    },
    {
      key: "state",
      header: t("accreditation.state"),
      render: (item) => <AccreditationBadge accreditation={item} today={today} />,
    },
  ];
  if (canManage)
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (item) =>
        item.revokedAt === null && (
          <ConfirmButton
            label={t("accreditation.revoke")}
            aria-label={t("accreditation.revokeNamed", {
              name: item.evaluatorName,
              code: item.qualificationCode,
            })}
            question={t("accreditation.revokeQuestion", {
              name: item.evaluatorName,
              code: item.qualificationCode,
              branch: item.branchCode,
            })}
            confirmLabel={t("accreditation.revoke")}
            isPending={revoke.isPending && revoke.variables === item.id}
            onConfirm={() =>
              revoke.mutate(item.id, {
                onSuccess: () => setNotice(t("accreditation.revoked", { name: item.evaluatorName })),
              })
            }
          />
        ),
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t(canManage ? "accreditations.title" : "accreditations.titleOwn")}
        description={t(canManage ? "accreditations.intro" : "accreditations.introOwn")}
        actions={
          canManage && <Button onClick={() => setIsCreating(true)}>{t("accreditations.create")}</Button>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <ErrorAlert error={revoke.error} />
      <Group align="flex-end" gap="md">
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
        {me.role !== "evaluator" && (
          <BranchFilterSelect
            options={branchOptions}
            value={list.filters.branchCode}
            onChange={(code) => list.setFilter("branchCode", code)}
          />
        )}
      </Group>
      <DataTable
        caption={t(canManage ? "accreditations.title" : "accreditations.titleOwn")}
        columns={columns}
        rows={data ? page : undefined}
        rowKey={(item) => item.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("accreditations.empty")}
        minWidth={660}
        pagination={{
          page: list.page,
          pageSize: list.pageSize,
          total: items.length,
          onPageChange: list.setPage,
        }}
      />
      <Dialog
        opened={isCreating}
        onClose={() => setIsCreating(false)}
        title={t("accreditations.create")}
        size="lg"
      >
        <AccreditationForm
          me={me}
          onDone={() => {
            setIsCreating(false);
          }}
        />
      </Dialog>
    </Stack>
  );
}
