import { type Column, DataTable } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import type { DecisionView } from "../governance/types.ts";
import { correspondenceKindKeys, endLabel } from "./labels.ts";
import type { Correspondence } from "./types.ts";

const kindTones = { exact: "positive", partial: "warning", related: "neutral" } as const;

/**
 * The correspondences as a list: from item ↔ to item, kind, and the decision that recognised it (its
 * date and title for signed-in users, who read the registers; its number otherwise).
 */
export function CorrespondenceTable(props: {
  caption: string;
  correspondences: Correspondence[] | undefined;
  decisions: ReadonlyMap<number, DecisionView>;
  isLoading: boolean;
  error: unknown;
}) {
  const { t, language } = useLanguage();
  const decisionText = (id: number) => {
    const decision = props.decisions.get(id);
    return decision
      ? t("correspondences.decisionOf", {
          date: formatDay(decision.decidedOn, language),
          title: decision.title,
        })
      : t("correspondences.decisionNumber", { id });
  };
  const columns: Column<Correspondence>[] = [
    { key: "from", header: t("correspondences.from"), render: (c) => endLabel(c.from) },
    { key: "to", header: t("correspondences.to"), render: (c) => endLabel(c.to) },
    {
      key: "kind",
      header: t("correspondences.kind"),
      render: (c) => <StatusBadge tone={kindTones[c.kind]}>{t(correspondenceKindKeys[c.kind])}</StatusBadge>,
    },
    { key: "decision", header: t("correspondences.decision"), render: (c) => decisionText(c.decisionId) },
  ];
  return (
    <DataTable
      caption={props.caption}
      columns={columns}
      rows={props.correspondences}
      rowKey={(c) => c.id}
      isLoading={props.isLoading}
      error={props.error}
      emptyText={t("correspondences.empty")}
    />
  );
}
