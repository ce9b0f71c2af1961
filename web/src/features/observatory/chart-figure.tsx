import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { SectionPanel } from "./section-panel.tsx";

interface ChartFigureProps {
  title: string;
  /** What the chart says in a sentence, read before it by everyone, screen readers included. */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table: the chart's text alternative. */
  table: ReactNode;
  actions?: ReactNode;
}

/**
 * A chart with its heading, a one-sentence summary and the table of its figures. The drawing is hidden
 * from assistive technology, which reads the summary and the table instead.
 */
export function ChartFigure({ title, summary, chart, table, actions }: ChartFigureProps) {
  return (
    <SectionPanel title={title} actions={actions}>
      <Text size="sm">{summary}</Text>
      <div aria-hidden="true" data-chart={title}>
        {chart}
      </div>
      {table}
    </SectionPanel>
  );
}
