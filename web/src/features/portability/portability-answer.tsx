import { Stack, Text, Title } from "@mantine/core";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useBranchReferential } from "../referentials/api.ts";
import type { BranchReferential } from "../referentials/types.ts";
import { usePortability } from "./api.ts";
import { remainingReasonKeys, viaText } from "./labels.ts";
import type { AcquiredCapacity, PortabilityHolder, PortabilityTarget, RemainingCapacity } from "./types.ts";

/** Each capacity's title in the target branch's referential: the CQPI's and the branch's modules. */
function capacityTitles(referential: BranchReferential | undefined): Map<string, string> {
  const blocks = [...(referential?.version.blocks ?? []), ...(referential?.adoption.modules ?? [])];
  return new Map(blocks.flatMap((b) => b.capacities.map((c) => [c.code, c.title] as const)));
}

/**
 * The portability answer: what is already acquired, and how (directly, or through the chain of
 * correspondences), and what remains, with the reason for each capacity.
 */
export function PortabilityAnswer({
  holder,
  target,
}: {
  holder: PortabilityHolder;
  target: PortabilityTarget;
}) {
  const { t } = useLanguage();
  const { data: answer, isPending, error } = usePortability(holder, target);
  const referential = useBranchReferential(target.branchCode, target.qualificationCode);
  const titles = capacityTitles(referential.data);
  const capacity = (code: string) => (titles.has(code) ? `${code} — ${titles.get(code)}` : code);

  if (isPending) return <PageLoader />;
  if (!answer) return <ErrorAlert error={error} />;

  const acquiredColumns: Column<AcquiredCapacity>[] = [
    { key: "capacity", header: t("portability.capacity"), render: (a) => capacity(a.capacityCode) },
    {
      key: "via",
      header: t("portability.via"),
      render: (a) => viaText(a.via, t),
    },
  ];
  const remainingColumns: Column<RemainingCapacity>[] = [
    { key: "capacity", header: t("portability.capacity"), render: (r) => capacity(r.capacityCode) },
    {
      key: "reason",
      header: t("portability.reason"),
      render: (r) => t(remainingReasonKeys[r.reason], { branch: target.branchCode }),
    },
  ];
  const names = { qualification: target.qualificationCode, branch: target.branchCode };
  return (
    <Stack gap="sm" aria-live="polite">
      <Text fw={600} role="status">
        {t("portability.summary", { acquired: answer.acquired.length, remaining: answer.remaining.length })}
      </Text>
      <Title order={3} size="h4">
        {t("portability.acquired")}
      </Title>
      <DataTable
        caption={t("portability.acquiredCaption", names)}
        columns={acquiredColumns}
        rows={answer.acquired}
        rowKey={(a) => a.capacityCode}
        emptyText={t("portability.noneAcquired")}
      />
      <Title order={3} size="h4">
        {t("portability.remaining")}
      </Title>
      <DataTable
        caption={t("portability.remainingCaption", names)}
        columns={remainingColumns}
        rows={answer.remaining}
        rowKey={(r) => r.capacityCode}
        emptyText={t("portability.noneRemaining")}
      />
    </Stack>
  );
}
