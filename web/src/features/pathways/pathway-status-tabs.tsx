import { Tabs } from "@mantine/core";
import type { ReactNode } from "react";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { statusLabelKeys } from "./labels.ts";
import { type PathwayStatus, pathwayStatuses } from "./types.ts";

interface PathwayStatusTabsProps {
  /** The status filter; "" for every status. */
  value: string;
  onChange: (status: string) => void;
  counts: Partial<Record<PathwayStatus, number>> | undefined;
  /** The list, shown as the active tab's panel. */
  children: ReactNode;
}

/** One tab per status, each with its count for the other filters, and "Tous". */
export function PathwayStatusTabs({ value, onChange, counts, children }: PathwayStatusTabsProps) {
  const { t, language } = useLanguage();
  const active = value || "all";
  const count = (n: number | undefined) => (counts ? formatNumber(n ?? 0, language) : "…");
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0) : undefined;

  return (
    <Tabs value={active} onChange={(tab) => onChange(tab === "all" || !tab ? "" : tab)} keepMounted={false}>
      <Tabs.List aria-label={t("pathways.statusTabs")}>
        <Tabs.Tab value="all">{t("pathways.allStatuses", { count: count(total) })}</Tabs.Tab>
        {pathwayStatuses.map((status) => (
          <Tabs.Tab key={status} value={status}>
            {t("pathways.statusWithCount", {
              status: t(statusLabelKeys[status]),
              count: count(counts?.[status]),
            })}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={active} pt="md">
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
