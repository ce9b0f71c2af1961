import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { DataTable } from "../../components/data-table.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useCapacityPassRates } from "./api.ts";
import { ChartFigure } from "./chart-figure.tsx";
import { ExportLinks } from "./export-links.tsx";
import { SectionPanel } from "./section-panel.tsx";
import type { CapacityPassRates, DashboardFilters } from "./types.ts";

type Capacity = CapacityPassRates["capacities"][number];

/**
 * For the chosen CQPI, each capacity's share of holders who acquired it without training: the
 * capacities that most often need training come first (the server's order).
 */
export function CapacitySection({ filters }: { filters: DashboardFilters }) {
  const { t, language } = useLanguage();
  const { data, isLoading, error } = useCapacityPassRates(filters);
  const title = t("observatory.capacities.title");
  const format = (n: number) => formatNumber(n, language);
  const percent = (value: number | null) =>
    value === null ? "—" : t("observatory.percent", { value: format(value) });

  if (filters.qualification === "")
    return (
      <SectionPanel title={title}>
        <Text size="sm">{t("observatory.capacities.choose")}</Text>
      </SectionPanel>
    );

  const capacities = data?.capacities ?? [];
  const hardest = capacities[0];
  return (
    <ChartFigure
      title={title}
      summary={
        hardest === undefined
          ? t("observatory.capacities.empty")
          : t("observatory.capacities.summary", {
              qualification: filters.qualification,
              count: capacities.length,
              capacity: hardest.capacityCode,
              rate: percent(hardest.passRate),
            })
      }
      chart={
        <BarChart
          h={Math.max(160, 36 * capacities.length)}
          data={capacities.map((c) => ({ capacity: c.capacityCode, passRate: c.passRate ?? 0 }))}
          dataKey="capacity"
          orientation="vertical"
          yAxisProps={{ width: 64 }}
          xAxisProps={{ domain: [0, 100] }}
          series={[{ name: "passRate", label: t("observatory.capacities.passRate"), color: "teal.8" }]}
          valueFormatter={(value) => percent(value)}
          barChartProps={{ accessibilityLayer: false }}
        />
      }
      table={
        <DataTable<Capacity>
          caption={title}
          columns={[
            { key: "capacity", header: t("observatory.capacities.capacity"), render: (c) => c.capacityCode },
            { key: "awards", header: t("observatory.capacities.holders"), render: (c) => format(c.awards) },
            {
              key: "trained",
              header: t("observatory.capacities.trained"),
              render: (c) => format(c.neededTraining),
            },
            {
              key: "passRate",
              header: t("observatory.capacities.passRate"),
              render: (c) => percent(c.passRate),
            },
          ]}
          rows={data?.capacities}
          rowKey={(c) => c.capacityCode}
          isLoading={isLoading}
          error={error}
          emptyText={t("observatory.capacities.empty")}
          minWidth={480}
        />
      }
      actions={<ExportLinks dataset="capacity-pass-rates" query={{ ...filters }} table={title} />}
    />
  );
}
