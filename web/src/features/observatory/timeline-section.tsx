import { AreaChart } from "@mantine/charts";
import { Text, Timeline } from "@mantine/core";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { ExportLinks } from "./export-links.tsx";
import type { TimelineYear } from "./types.ts";

/**
 * The "dates clés" of the seed, year by year: the awards since creation as a chart, and each year's
 * branches, CQPIs and awards as a timeline, which is the chart's text alternative.
 */
export function TimelineSection({ timeline }: { timeline: TimelineYear[] }) {
  const { t, language } = useLanguage();
  const format = (n: number) => formatNumber(n, language);
  const title = t("keyFigures.timeline");
  const first = timeline[0];
  const last = timeline.at(-1);

  return (
    <ChartFigure
      title={title}
      summary={
        first && last
          ? t("keyFigures.timelineSummary", {
              first: first.year,
              last: last.year,
              awards: format(last.cumulativeAwards),
              branches: last.branches,
              qualifications: last.qualifications,
            })
          : t("keyFigures.empty")
      }
      chart={
        <AreaChart
          h={260}
          data={timeline.map((y) => ({ year: String(y.year), cumulativeAwards: y.cumulativeAwards }))}
          dataKey="year"
          series={[{ name: "cumulativeAwards", label: t("keyFigures.cumulative"), color: "blue.8" }]}
          valueFormatter={format}
          yAxisProps={{ allowDecimals: false }}
          areaChartProps={{ accessibilityLayer: false }}
        />
      }
      table={
        <Timeline bulletSize={14} lineWidth={2} active={timeline.length - 1}>
          {timeline.map((y) => (
            <Timeline.Item key={y.year} title={String(y.year)}>
              <Text size="sm">
                {t("keyFigures.timelineItem", {
                  branches: y.branches,
                  qualifications: y.qualifications,
                  awards: format(y.cumulativeAwards),
                  yearAwards: format(y.awards),
                })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      }
      actions={<ExportLinks dataset="timeline" table={title} />}
    />
  );
}
