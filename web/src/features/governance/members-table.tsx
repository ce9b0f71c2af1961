import { type Column, DataTable } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { collegeKeys } from "./labels.ts";
import type { MemberView } from "./types.ts";

/** A body's members: college, organisation and mandate, those sitting today marked. */
export function MembersTable({ bodyName, members }: { bodyName: string; members: MemberView[] | undefined }) {
  const { t, language } = useLanguage();
  const columns: Column<MemberView>[] = [
    { key: "name", header: t("member.fullName"), render: (m) => m.fullName },
    { key: "college", header: t("member.college"), render: (m) => t(collegeKeys[m.college]) },
    { key: "organisation", header: t("member.organisation"), render: (m) => m.organisation },
    {
      key: "mandate",
      header: t("member.mandate"),
      render: (m) =>
        m.mandateEnd
          ? t("member.mandateFromTo", {
              start: formatDay(m.mandateStart, language),
              end: formatDay(m.mandateEnd, language),
            })
          : t("member.mandateFrom", { start: formatDay(m.mandateStart, language) }),
    },
    {
      key: "sitting",
      header: t("member.status"),
      render: (m) => (
        <StatusBadge tone={m.isSitting ? "positive" : "neutral"}>
          {t(m.isSitting ? "member.sitting" : "member.notSitting")}
        </StatusBadge>
      ),
    },
  ];
  return (
    <DataTable
      caption={t("body.membersCaption", { name: bodyName })}
      columns={columns}
      rows={members}
      rowKey={(m) => m.id}
      emptyText={t("body.noMembers")}
    />
  );
}
