import { BarChart } from "@mantine/charts";
import { useState } from "react";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { formatNumber } from "../../lib/format.ts";
import { type Translate, useLanguage } from "../../lib/i18n/index.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { ExportLinks } from "./export-links.tsx";
import { type AwardCounts, groupedBy, totalOf } from "./figures.ts";
import { SectionPanel } from "./section-panel.tsx";
import type { AwardGroup, DashboardFilters } from "./types.ts";

interface AwardsSectionsProps {
  rows: AwardGroup[] | undefined;
  filters: DashboardFilters;
  isLoading: boolean;
  error: unknown;
}

type Grouped = AwardCounts & { key: string };
const noChartFocus = { accessibilityLayer: false };
const pageSize = 25;

function countColumns(t: Translate, format: (n: number) => string): Column<AwardCounts>[] {
  return [
    { key: "full", header: t("observatory.full"), render: (row) => format(row.full) },
    { key: "partial", header: t("observatory.partial"), render: (row) => format(row.partial) },
    { key: "awards", header: t("observatory.total"), render: (row) => format(row.awards) },
  ];
}

/**
 * The awards of the dashboard's scope: by year (full and partial), by CQPI, and the detailed table by
 * CQPI, branch and year; each chart followed by its table, each table with its downloads.
 */
export function AwardsSections({ rows, filters, isLoading, error }: AwardsSectionsProps) {
  const { t, language } = useLanguage();
  const format = (n: number) => formatNumber(n, language);
  const [page, setPage] = useState(1);
  const byYear = groupedBy(rows ?? [], "year");
  const byQualification = groupedBy(rows ?? [], "qualificationCode");
  const total = totalOf(rows ?? []);
  const counts = countColumns(t, format);
  const keyColumn = (header: string): Column<Grouped> => ({ key: "key", header, render: (row) => row.key });
  const series = [
    { name: "full", label: t("observatory.full"), color: "blue.8" },
    { name: "partial", label: t("observatory.partial"), color: "orange.6" },
  ];
  const chart = (data: Grouped[]) => (
    <BarChart
      h={260}
      data={data.map((g) => ({ key: g.key, full: g.full, partial: g.partial }))}
      dataKey="key"
      type="stacked"
      series={series}
      withLegend
      valueFormatter={format}
      yAxisProps={{ allowDecimals: false }}
      barChartProps={noChartFocus}
    />
  );
  const table = (caption: string, header: string, data: Grouped[]) => (
    <DataTable
      caption={caption}
      columns={[keyColumn(header), ...counts]}
      rows={rows && data}
      rowKey={(row) => row.key}
      isLoading={isLoading}
      error={error}
      emptyText={t("observatory.empty")}
      minWidth={420}
    />
  );
  const groupQuery = (groupBy: string) => ({ ...filters, groupBy });
  const yearTitle = t("observatory.byYear.title");
  const qualificationTitle = t("observatory.byQualification.title");
  const detailTitle = t("observatory.detail.title");
  const top = [...byQualification].sort((a, b) => b.awards - a.awards)[0];

  return (
    <>
      <ChartFigure
        title={yearTitle}
        summary={
          byYear.length === 0
            ? t("observatory.summaryEmpty")
            : t("observatory.byYear.summary", {
                awards: format(total.awards),
                first: byYear[0]!.key,
                last: byYear.at(-1)!.key,
                full: format(total.full),
                partial: format(total.partial),
              })
        }
        chart={chart(byYear)}
        table={table(yearTitle, t("observatory.year"), byYear)}
        actions={<ExportLinks dataset="awards" query={groupQuery("year")} table={yearTitle} />}
      />
      <ChartFigure
        title={qualificationTitle}
        summary={
          top === undefined
            ? t("observatory.summaryEmpty")
            : t("observatory.byQualification.summary", {
                count: byQualification.length,
                top: top.key,
                awards: format(top.awards),
              })
        }
        chart={chart(byQualification)}
        table={table(qualificationTitle, t("observatory.qualification"), byQualification)}
        actions={
          <ExportLinks dataset="awards" query={groupQuery("qualification")} table={qualificationTitle} />
        }
      />
      <SectionPanel
        title={detailTitle}
        actions={
          <ExportLinks dataset="awards" query={groupQuery("qualification,branch,year")} table={detailTitle} />
        }
      >
        <DataTable
          caption={detailTitle}
          columns={detailColumns(t, format)}
          rows={rows?.slice((page - 1) * pageSize, page * pageSize)}
          rowKey={(row) => `${row.qualificationCode}/${row.branchCode}/${row.year}`}
          isLoading={isLoading}
          error={error}
          emptyText={t("observatory.empty")}
          minWidth={760}
          pagination={{ page, pageSize, total: rows?.length ?? 0, onPageChange: setPage }}
        />
      </SectionPanel>
    </>
  );
}

function detailColumns(t: Translate, format: (n: number) => string): Column<AwardGroup>[] {
  return [
    { key: "qualification", header: t("observatory.qualification"), render: (row) => row.qualificationCode },
    { key: "branch", header: t("observatory.branch"), render: (row) => row.branchCode },
    { key: "year", header: t("observatory.year"), render: (row) => row.year },
    ...countColumns(t, format),
    { key: "over45", header: t("observatory.over45"), render: (row) => format(row.over45) },
    {
      key: "firstCertification",
      header: t("observatory.firstCertification"),
      render: (row) => format(row.firstCertification),
    },
    { key: "direct", header: t("observatory.direct"), render: (row) => format(row.direct) },
  ];
}
