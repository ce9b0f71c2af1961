import { Text } from "@mantine/core";
import { undeclaredWithGaps } from "../../../../src/modules/observatory/rules.ts";
import { DataTable } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { type MessageKey, useLanguage } from "../../lib/i18n/index.tsx";
import { useCdcPending } from "./api.ts";
import { ExportLinks } from "./export-links.tsx";
import { periodDays } from "./figures.ts";
import { SectionPanel } from "./section-panel.tsx";
import type { DashboardFilters } from "./types.ts";

type Undeclared = ReturnType<typeof undeclaredWithGaps>[number];

const identityFieldKeys: Record<string, MessageKey> = {
  birthName: "observatory.identity.birthName",
  firstName: "observatory.identity.firstName",
  birthDate: "observatory.identity.birthDate",
  sex: "observatory.identity.sex",
  birthPlace: "observatory.identity.birthPlace",
};

interface DeclarationsSectionProps {
  filters: DashboardFilters;
  /** The chosen CQPI's RNCP code: "" when no CQPI is chosen or it has none. */
  certification: string;
}

/**
 * The awards of the chosen CQPI not yet declared to the Caisse des Dépôts over the dashboard's period,
 * those past the three-month limit marked, and what is missing from a holder's identity to declare them.
 */
export function DeclarationsSection({ filters, certification }: DeclarationsSectionProps) {
  const { t, language } = useLanguage();
  const title = t("observatory.declarations.title");
  const period = periodDays(filters.fromYear, filters.toYear);
  const query = { certification, ...period };
  const { data, isLoading, error } = useCdcPending(query, certification !== "");
  const rows = data && undeclaredWithGaps(data);
  const overdue = rows?.filter((row) => row.isOverdue).length ?? 0;
  const explanation =
    filters.qualification === ""
      ? t("observatory.declarations.choose")
      : certification === ""
        ? t("observatory.declarations.noRncp")
        : null;

  return (
    <SectionPanel
      title={title}
      actions={explanation === null && <ExportLinks dataset="declarations" query={query} table={title} />}
    >
      {explanation !== null ? (
        <Text size="sm">{explanation}</Text>
      ) : (
        <>
          {rows && (
            <Text size="sm">
              {t("observatory.declarations.summary", {
                undeclared: formatNumber(rows.length, language),
                overdue: formatNumber(overdue, language),
              })}
            </Text>
          )}
          <DataTable<Undeclared>
            caption={title}
            columns={[
              {
                key: "number",
                header: t("observatory.declarations.number"),
                render: (r) => r.certificateNumber,
              },
              { key: "holder", header: t("observatory.declarations.holder"), render: (r) => r.holder },
              {
                key: "awardedOn",
                header: t("observatory.declarations.awardedOn"),
                render: (r) => formatDay(r.awardedOn, language),
              },
              {
                key: "dueOn",
                header: t("observatory.declarations.dueOn"),
                render: (r) => formatDay(r.dueOn, language),
              },
              {
                key: "state",
                header: t("observatory.declarations.state"),
                render: (r) => (
                  <StatusBadge tone={r.isOverdue ? "negative" : "neutral"}>
                    {t(r.isOverdue ? "observatory.declarations.overdue" : "observatory.declarations.onTime")}
                  </StatusBadge>
                ),
              },
              {
                key: "missing",
                header: t("observatory.declarations.missing"),
                render: (r) =>
                  r.missing
                    .map((field) => (identityFieldKeys[field] ? t(identityFieldKeys[field]) : field))
                    .join(", ") || "—",
              },
            ]}
            rows={rows}
            rowKey={(r) => r.certificateNumber}
            isLoading={isLoading}
            error={error}
            emptyText={t("observatory.declarations.empty")}
            minWidth={760}
          />
        </>
      )}
    </SectionPanel>
  );
}
