import { Tabs, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { formatNumber } from "../../lib/format.ts";
import { type MessageKey, useLanguage } from "../../lib/i18n/index.tsx";
import { type PathwayStatus, type WorklistStage, worklistStageStatuses, worklistStages } from "./types.ts";

/** A part of the worklist named in the address; what waits for the evaluator when none (or an unknown one) is. */
export const worklistStageOf = (value: string): WorklistStage =>
  (worklistStages as readonly string[]).includes(value) ? (value as WorklistStage) : "waiting";

export const worklistStageKeys: Record<WorklistStage, MessageKey> = {
  waiting: "worklist.waiting",
  following: "worklist.following",
  finished: "worklist.finished",
};

interface WorklistTabsProps {
  value: WorklistStage;
  onChange: (stage: WorklistStage) => void;
  counts: Partial<Record<PathwayStatus, number>> | undefined;
  /** The list, shown as the active tab's panel. */
  children: ReactNode;
}

/**
 * The evaluator's worklist in three tabs, each with its count: what waits for them (positioning,
 * reassessment) first, then what goes on without them, and what is finished or withdrawn.
 */
export function WorklistTabs({ value, onChange, counts, children }: WorklistTabsProps) {
  const { t, language } = useLanguage();
  const countOf = (stage: WorklistStage) =>
    counts
      ? formatNumber(
          worklistStageStatuses[stage].reduce((sum, status) => sum + (counts[status] ?? 0), 0),
          language,
        )
      : "…";

  return (
    <Tabs value={value} onChange={(tab) => onChange(worklistStageOf(tab ?? ""))} keepMounted={false}>
      <Tabs.List aria-label={t("worklist.tabs")}>
        {worklistStages.map((stage) => (
          <Tabs.Tab key={stage} value={stage}>
            {t("pathways.statusWithCount", { status: t(worklistStageKeys[stage]), count: countOf(stage) })}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={value} pt="md">
        {value === "waiting" && (
          <Text size="sm" c="dimmed" mb="sm">
            {t("worklist.waitingOrder")}
          </Text>
        )}
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
